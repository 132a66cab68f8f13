package vn.hcmc.feedback.open311;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The Open311 GeoReport v2 endpoint ({@code feedback.open311.*}).
 *
 * @param jurisdictionId the one jurisdiction served; a request naming another is 404
 * @param contact        who to ask about this endpoint (discovery)
 * @param media          how a {@code media_url} is fetched
 */
@ConfigurationProperties("feedback.open311")
public record Open311Properties(
        @DefaultValue("tphcm.gov.vn") String jurisdictionId,
        @DefaultValue("Trung tâm Phục vụ hành chính công Thành phố Hồ Chí Minh / Ho Chi Minh City Public Service "
                + "Centre") String contact,
        @DefaultValue Media media) {

    /**
     * @param maxSize                largest file fetched (413 above; the attachment limit applies as well)
     * @param connectTimeout         longest wait for the connection
     * @param timeout                longest time for the whole download, headers and body
     * @param maxRedirects           redirects followed, each checked like the first address
     * @param allowPrivateAddresses  fetch from loopback, private and link-local addresses too (tests only: in
     *                               production that would let a client make the server read internal systems)
     */
    public record Media(
            @DefaultValue("10MB") DataSize maxSize,
            @DefaultValue("5s") Duration connectTimeout,
            @DefaultValue("15s") Duration timeout,
            @DefaultValue("3") int maxRedirects,
            @DefaultValue("false") boolean allowPrivateAddresses) {
    }
}
