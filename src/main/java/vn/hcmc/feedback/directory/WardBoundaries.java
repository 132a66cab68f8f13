package vn.hcmc.feedback.directory;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
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

/**
 * The boundaries of the commune-level units ({@code ward-boundaries.geojson}: a FeatureCollection of Polygon or
 * MultiPolygon features whose property {@code code} is a commune-level unit code of units.yaml; every commune-level
 * unit needs one), indexed once in an STRtree of prepared geometries. Coordinates are WGS 84 longitude, latitude.
 *
 * <p>A point on a boundary counts as inside (JTS {@code covers}). Where it lies in more than one unit (on an edge two
 * units share, or in one of the sub-square-metre overlaps of the official data), the unit listed first in units.yaml
 * owns it, so the answer never depends on the index's order.
 */
final class WardBoundaries {

    private final GeometryFactory geometryFactory = new GeometryFactory();
    private final STRtree index = new STRtree();
    private final int size;
    private final Map<String, JsonNode> geometries = new LinkedHashMap<>();
    private final Map<String, double[]> centres = new LinkedHashMap<>();

    private record Boundary(int order, Unit unit, PreparedGeometry area) {
    }

    WardBoundaries(ReferenceFiles.Loaded<JsonNode> file, UnitDirectory directory) {
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
            String officialCode = feature.path("properties").path("officialCode").asText(null);
            if (officialCode != null && !officialCode.equals(unit.officialCode())) {
                throw file.error(at, "boundary of '" + code + "' has officialCode " + officialCode
                        + ", but units.yaml gives " + unit.officialCode());
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
            geometries.put(code, feature.path("geometry"));
            Point inside = area.getInteriorPoint();
            centres.put(code, new double[] {inside.getY(), inside.getX()});
        }
        List<String> missing = units.stream().filter(u -> u.kind().isCommuneLevel())
                .map(Unit::code).filter(c -> !byCode.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw file.error(null, "no boundary for the commune-level units " + missing);
        }
        index.build();
        size = byCode.size();
    }

    int size() {
        return size;
    }

    /** The unit's boundary as its GeoJSON geometry (Polygon or MultiPolygon); empty for a unit without one. */
    Optional<JsonNode> geometry(String unitCode) {
        return Optional.ofNullable(geometries.get(unitCode));
    }

    /** A point inside the unit's boundary (latitude, longitude), for a marker; empty for a unit without one. */
    Optional<double[]> centre(String unitCode) {
        return Optional.ofNullable(centres.get(unitCode)).map(double[]::clone);
    }

    /** The unit whose boundary covers the point; the first in units.yaml where several do. */
    Optional<Unit> locate(double lat, double lon) {
        if (!Double.isFinite(lat) || !Double.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
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
