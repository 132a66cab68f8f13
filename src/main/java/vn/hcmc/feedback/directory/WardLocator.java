package vn.hcmc.feedback.directory;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.hcmc.feedback.system.VietnameseText;

/**
 * Finds the commune-level unit (ward, commune, special zone) of a place.
 *
 * <p>By location: point-in-polygon over {@code ward-boundaries.geojson} (a FeatureCollection of Polygon or
 * MultiPolygon features whose property {@code code} is a commune-level unit code of units.yaml; every commune-level
 * unit needs one). Coordinates are WGS 84 longitude, latitude. A point on a boundary counts as inside (JTS
 * {@code covers}); on a border shared by two units, the unit listed first in units.yaml wins, so the answer is always
 * the same. A point outside every boundary has no ward: a case for manual triage, not an error.
 *
 * <p>By text: a unit name of units.yaml after its kind, compared without diacritics: "phường Bến Thành",
 * "P. Ben Thanh", "p.ben thanh", "xa Cu Chi", "đặc khu Côn Đảo", or in English "Ben Thanh ward". A name without its
 * kind ("quận Gò Vấp", "chợ Bến Thành") is not a unit: there are no districts any more.
 */
@Service
public class WardLocator {

    public static final String FILE = "ward-boundaries.geojson";
    private static final Logger log = LoggerFactory.getLogger(WardLocator.class);

    private final GeometryFactory geometryFactory = new GeometryFactory();
    private final STRtree index = new STRtree();
    /** First word of a unit's folded name → the units whose name starts with it. */
    private final Map<String, List<Name>> namesByFirstWord = new HashMap<>();

    private record Boundary(int order, Unit unit, PreparedGeometry area) {
    }

    private record Name(Unit unit, String[] words) {
    }

    public WardLocator(ReferenceFiles files, UnitDirectory directory) {
        loadBoundaries(files.read(FILE, JsonNode.class), directory);
        indexNames(directory);
    }

    /** The unit whose boundary covers the point (longitude {@code lon}, latitude {@code lat}), if any. */
    public Optional<Unit> locate(double lat, double lon) {
        if (!Double.isFinite(lat) || !Double.isFinite(lon)) {
            return Optional.empty();
        }
        Point point = geometryFactory.createPoint(new Coordinate(lon, lat));
        Boundary best = null;
        for (Object candidate : index.query(point.getEnvelopeInternal())) {
            Boundary b = (Boundary) candidate;
            if ((best == null || b.order() < best.order()) && b.area().covers(point)) {
                best = b;
            }
        }
        return Optional.ofNullable(best).map(Boundary::unit);
    }

    /** The first commune-level unit named with its kind in the text, if any. */
    public Optional<Unit> findInText(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String[] words = words(VietnameseText.fold(text));
        for (int i = 0; i < words.length; i++) {
            List<Name> candidates = namesByFirstWord.get(words[i]);
            if (candidates == null) {
                continue;
            }
            for (Name name : candidates) {
                if (matchesAt(name.words(), words, i) && namedWithKind(name.unit(), words, i, name.words().length)) {
                    return Optional.of(name.unit());
                }
            }
        }
        return Optional.empty();
    }

    private static boolean matchesAt(String[] name, String[] words, int start) {
        if (start + name.length > words.length) {
            return false;
        }
        for (int k = 0; k < name.length; k++) {
            if (!name[k].equals(words[start + k])) {
                return false;
            }
        }
        return true;
    }

    /** "phường X", "p X", "xã X", "đặc khu X" before the name, or "X ward", "X commune", "X special zone" after it. */
    private static boolean namedWithKind(Unit unit, String[] words, int start, int length) {
        String before = start >= 1 ? words[start - 1] : "";
        String twoBefore = start >= 2 ? words[start - 2] + " " + before : "";
        String after = start + length < words.length ? words[start + length] : "";
        String twoAfter = start + length + 1 < words.length ? after + " " + words[start + length + 1] : "";
        return switch (unit.kind()) {
            case WARD -> before.equals("phuong") || before.equals("p") || after.equals("ward");
            case COMMUNE -> before.equals("xa") || after.equals("commune");
            case SPECIAL_ZONE -> twoBefore.equals("dac khu") || twoAfter.equals("special zone")
                    || after.equals("island") || after.equals("islands");
            default -> false;
        };
    }

    private static String[] words(String folded) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            boolean word = i < folded.length() && Character.isLetterOrDigit(folded.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                words.add(folded.substring(start, i));
                start = -1;
            }
        }
        return words.toArray(String[]::new);
    }

    private void indexNames(UnitDirectory directory) {
        for (Unit unit : directory.units()) {
            if (!unit.kind().isCommuneLevel()) {
                continue;
            }
            String[] words = words(VietnameseText.fold(unit.nameVi()));
            int kindWords = unit.kind() == UnitKind.SPECIAL_ZONE ? 2 : 1;
            if (words.length <= kindWords) {
                continue;
            }
            String[] name = java.util.Arrays.copyOfRange(words, kindWords, words.length);
            namesByFirstWord.computeIfAbsent(name[0], k -> new ArrayList<>()).add(new Name(unit, name));
        }
        // Longer names first, so "Tân Sơn Nhất" is tried before a unit named just "Tân Sơn".
        namesByFirstWord.values().forEach(list -> list.sort((a, b) -> b.words().length - a.words().length));
    }

    private void loadBoundaries(ReferenceFiles.Loaded<JsonNode> file, UnitDirectory directory) {
        JsonNode root = file.value();
        if (!"FeatureCollection".equals(root.path("type").asText()) || !root.path("features").isArray()) {
            throw file.error("\"type\"", "must be a GeoJSON FeatureCollection with features");
        }
        List<Unit> units = directory.units();
        Map<String, Boundary> byCode = new LinkedHashMap<>();
        for (JsonNode feature : root.path("features")) {
            String code = feature.path("properties").path("code").asText(null);
            if (code == null) {
                throw file.error("\"Feature\"", "a feature without properties.code");
            }
            String at = "\"" + code + "\"";
            Unit unit = directory.unit(code).orElseThrow(() -> file.error(at, "'" + code
                    + "' is not a unit code of units.yaml"));
            if (!unit.kind().isCommuneLevel()) {
                throw file.error(at, "'" + code + "' is a " + unit.kind() + ", not a ward, commune or special zone");
            }
            Geometry area;
            try {
                area = geometry(feature.path("geometry"));
            } catch (IllegalArgumentException e) {
                throw file.error(at, "boundary of '" + code + "': " + e.getMessage());
            }
            if (!area.isValid()) {
                throw file.error(at, "boundary of '" + code + "' is not a valid polygon (self-intersecting?)");
            }
            Boundary boundary = new Boundary(units.indexOf(unit), unit, PreparedGeometryFactory.prepare(area));
            if (byCode.putIfAbsent(code, boundary) != null) {
                throw file.error(at, "'" + code + "' has two boundaries; use one MultiPolygon");
            }
            index.insert(area.getEnvelopeInternal(), boundary);
        }
        List<String> missing = units.stream().filter(u -> u.kind().isCommuneLevel())
                .map(Unit::code).filter(c -> !byCode.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw file.error(null, "no boundary for the commune-level units " + missing);
        }
        index.build();
        log.info("Reference data: {} ward boundaries", byCode.size());
    }

    private Geometry geometry(JsonNode geometry) {
        String type = geometry.path("type").asText();
        JsonNode coordinates = geometry.path("coordinates");
        return switch (type) {
            case "Polygon" -> polygon(coordinates);
            case "MultiPolygon" -> {
                List<Polygon> polygons = new ArrayList<>();
                coordinates.forEach(p -> polygons.add(polygon(p)));
                yield geometryFactory.createMultiPolygon(polygons.toArray(Polygon[]::new));
            }
            default -> throw new IllegalArgumentException("geometry type must be Polygon or MultiPolygon, not '"
                    + type + "'");
        };
    }

    private Polygon polygon(JsonNode rings) {
        if (!rings.isArray() || rings.isEmpty()) {
            throw new IllegalArgumentException("a polygon needs at least its outer ring");
        }
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        return geometryFactory.createPolygon(shell, holes);
    }

    private LinearRing ring(JsonNode positions) {
        if (!positions.isArray() || positions.size() < 4) {
            throw new IllegalArgumentException("a ring needs at least 4 positions (closed)");
        }
        Coordinate[] coordinates = new Coordinate[positions.size()];
        for (int i = 0; i < positions.size(); i++) {
            JsonNode p = positions.get(i);
            if (!p.isArray() || p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
                throw new IllegalArgumentException("a position must be [longitude, latitude]");
            }
            coordinates[i] = new Coordinate(p.get(0).asDouble(), p.get(1).asDouble());
        }
        if (!coordinates[0].equals2D(coordinates[coordinates.length - 1])) {
            throw new IllegalArgumentException("a ring must end where it starts");
        }
        return geometryFactory.createLinearRing(coordinates);
    }
}
