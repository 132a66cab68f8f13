package vn.hcmc.feedback.citizen;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the citizens' page ({@code feedback.citizen.*}).
 *
 * @param tileUrl     the map's tile template ({@code {z}/{x}/{y}}, Leaflet's syntax); empty for no map tiles (the
 *                    ward picker works without them). Its origin is allowed in the page's Content-Security-Policy.
 * @param attribution the tiles' attribution shown on the map (plain text)
 * @param centerLat   where the map opens (WGS 84)
 * @param centerLon   where the map opens (WGS 84)
 * @param zoom        the map's first zoom level
 */
@ConfigurationProperties("feedback.citizen.map")
public record CitizenProperties(
        @DefaultValue("") String tileUrl,
        @DefaultValue("") String attribution,
        @DefaultValue("10.7769") double centerLat,
        @DefaultValue("106.7009") double centerLon,
        @DefaultValue("12") int zoom) {

    public boolean hasTiles() {
        return tileUrl != null && !tileUrl.isBlank();
    }

    private static final Pattern TEMPLATE = Pattern.compile("(https?)://([A-Za-z0-9.{}-]+)(:[0-9]{1,5})?(/.*)?");

    /**
     * The tiles' origin ({@code https://tiles.example.vn}, {@code https://*.tile.example.org} for a {@code {s}}
     * subdomain), for the policy's img-src; empty without tiles.
     */
    public String tileOrigin() {
        if (!hasTiles()) {
            return "";
        }
        Matcher m = TEMPLATE.matcher(tileUrl.strip());
        String host = m.matches() ? m.group(2).replace("{s}", "*") : "";
        if (host.isEmpty() || host.contains("{") || host.contains("}") || host.indexOf('*') > 0) {
            throw new IllegalStateException("feedback.citizen.map.tile-url must be an http(s) URL template like "
                    + "https://tile.example.vn/{z}/{x}/{y}.png ({s} allowed only as the first label of the host); "
                    + "was '" + tileUrl + "'");
        }
        return m.group(1) + "://" + host + (m.group(3) == null ? "" : m.group(3));
    }
}
