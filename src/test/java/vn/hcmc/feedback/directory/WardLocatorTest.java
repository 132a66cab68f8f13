package vn.hcmc.feedback.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.springframework.core.io.DefaultResourceLoader;

class WardLocatorTest {

    private static final ReferenceFiles SHIPPED = new ReferenceFiles(new ReferenceDataProperties("classpath:reference/"),
            new DefaultResourceLoader());
    private static final UnitDirectory DIRECTORY = new UnitDirectory(SHIPPED);
    private static final WardLocator WARDS = new WardLocator(SHIPPED, DIRECTORY);

    @TempDir
    Path folder;

    // --- location, on the shipped (approximate demo) boundaries ---

    @Test
    void wellKnownPlacesLieInTheirWard() {
        assertThat(code(WARDS.locate(10.7725, 106.6980))).as("Bến Thành market").isEqualTo("ben-thanh");
        assertThat(code(WARDS.locate(10.7798, 106.6990))).as("Notre-Dame cathedral").isEqualTo("sai-gon");
        assertThat(code(WARDS.locate(10.7893, 106.6905))).as("Tân Định market").isEqualTo("tan-dinh");
        assertThat(code(WARDS.locate(10.3460, 107.0840))).as("Vũng Tàu").isEqualTo("vung-tau");
        assertThat(code(WARDS.locate(8.6830, 106.6090))).as("Côn Đảo").isEqualTo("con-dao");
    }

    @Test
    void everyCommuneLevelUnitHasABoundaryAndNoTwoOverlap() throws IOException {
        JsonNode root;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("reference/ward-boundaries.geojson")) {
            root = new ObjectMapper().readTree(in);
        }
        GeometryFactory factory = new GeometryFactory();
        List<Geometry> areas = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (JsonNode feature : root.path("features")) {
            List<Coordinate> ring = new ArrayList<>();
            feature.path("geometry").path("coordinates").get(0)
                    .forEach(p -> ring.add(new Coordinate(p.get(0).asDouble(), p.get(1).asDouble())));
            Geometry area = factory.createPolygon(ring.toArray(Coordinate[]::new));
            areas.add(area);
            codes.add(feature.path("properties").path("code").asText());
            // a point well inside each polygon is found in that unit
            Coordinate inside = area.getInteriorPoint().getCoordinate();
            assertThat(code(WARDS.locate(inside.y, inside.x))).as(codes.get(codes.size() - 1))
                    .isEqualTo(codes.get(codes.size() - 1));
        }
        assertThat(codes).containsExactlyInAnyOrderElementsOf(DIRECTORY.units().stream()
                .filter(u -> u.kind().isCommuneLevel()).map(Unit::code).collect(Collectors.toList()));
        for (int i = 0; i < areas.size(); i++) {
            for (int j = i + 1; j < areas.size(); j++) {
                assertThat(areas.get(i).relate(areas.get(j), "2********"))
                        .as("interiors of %s and %s overlap", codes.get(i), codes.get(j)).isFalse();
            }
        }
        assertThat(root.path("description").asText()).contains("APPROXIMATE DEMO DATA");
    }

    @Test
    void aVertexOfTheShippedBoundaryCountsAsInside() {
        // first vertex of the Côn Đảo outline, which touches no other unit
        JsonNode first = firstVertexOf("con-dao");
        assertThat(code(WARDS.locate(first.get(1).asDouble(), first.get(0).asDouble()))).isEqualTo("con-dao");
    }

    @Test
    void outsideEveryBoundaryIsEmptyNotAnError() {
        assertThat(WARDS.locate(21.0285, 105.8542)).as("Hà Nội").isEmpty();
        assertThat(WARDS.locate(10.2, 107.6)).as("the East Sea").isEmpty();
        assertThat(WARDS.locate(Double.NaN, 106.7)).isEmpty();
        assertThat(WARDS.locate(95, 500)).isEmpty();
    }

    // --- location, on two square wards written for the test: exact edges ---

    @Test
    void pointsOnTheEdgeCountAsInsideAndASharedBorderGoesToTheUnitListedFirst() throws IOException {
        WardLocator squares = squares();
        assertThat(code(squares.locate(10.05, 106.05))).as("inside").isEqualTo("ben-thanh");
        assertThat(code(squares.locate(10.0, 106.05))).as("on the outer (bottom) edge").isEqualTo("ben-thanh");
        assertThat(code(squares.locate(10.1, 106.0))).as("on a corner").isEqualTo("ben-thanh");
        assertThat(code(squares.locate(10.05, 106.2))).as("on the outer (right) edge of the second").isEqualTo("tan-dinh");
        assertThat(code(squares.locate(10.05, 106.1))).as("on the shared border: first in units.yaml")
                .isEqualTo("ben-thanh");
        assertThat(squares.locate(10.1000001, 106.05)).as("just outside").isEmpty();
        assertThat(squares.locate(9.99, 106.15)).as("outside").isEmpty();
    }

    @Test
    void boundaryOfAnUnknownOrNonCommuneUnitNamesFileAndLine() throws IOException {
        writeUnits();
        write("ward-boundaries.geojson", """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "properties": {"code": "ben-thanh"},
                   "geometry": {"type": "Polygon", "coordinates": [[[106.0,10.0],[106.1,10.0],[106.1,10.1],[106.0,10.0]]]}},
                  {"type": "Feature", "properties": {"code": "sawaco"},
                   "geometry": {"type": "Polygon", "coordinates": [[[106.0,10.0],[106.1,10.0],[106.1,10.1],[106.0,10.0]]]}}
                ]}
                """);
        assertThatThrownBy(this::fromFolder).isInstanceOf(ReferenceDataException.class)
                .hasMessageContaining("ward-boundaries.geojson, line 4").hasMessageContaining("sawaco");
    }

    @Test
    void aMissingWardAndABrokenRingAreRefused() throws IOException {
        writeUnits();
        write("ward-boundaries.geojson", """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "properties": {"code": "ben-thanh"},
                   "geometry": {"type": "Polygon", "coordinates": [[[106.0,10.0],[106.1,10.0],[106.1,10.1],[106.0,10.0]]]}}
                ]}
                """);
        assertThatThrownBy(this::fromFolder).isInstanceOf(ReferenceDataException.class)
                .hasMessageContaining("tan-dinh");
        write("ward-boundaries.geojson", """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "properties": {"code": "ben-thanh"},
                   "geometry": {"type": "Polygon", "coordinates": [[[106.0,10.0],[106.1,10.0],[106.1,10.1],[106.0,10.0]]]}},
                  {"type": "Feature", "properties": {"code": "tan-dinh"},
                   "geometry": {"type": "Polygon", "coordinates": [[[106.1,10.0],[106.2,10.0],[106.2,10.1]]]}}
                ]}
                """);
        assertThatThrownBy(this::fromFolder).isInstanceOf(ReferenceDataException.class)
                .hasMessageContaining("ward-boundaries.geojson, line 4").hasMessageContaining("ring");
    }

    // --- unit names written in text ---

    @Test
    void findsUnitNamesWithTheirKindWithOrWithoutDiacritics() {
        assertThat(code(WARDS.findInText("Ổ gà trước nhà số 12, phường Bến Thành"))).isEqualTo("ben-thanh");
        assertThat(code(WARDS.findInText("đường Lê Lai, P. Ben Thanh"))).isEqualTo("ben-thanh");
        assertThat(code(WARDS.findInText("hem 5 p.ben thanh"))).isEqualTo("ben-thanh");
        assertThat(code(WARDS.findInText("PHƯỜNG BẾN THÀNH"))).isEqualTo("ben-thanh");
        assertThat(code(WARDS.findInText("ap 3 xa Cu Chi"))).isEqualTo("cu-chi");
        assertThat(code(WARDS.findInText("Xã Củ Chi"))).isEqualTo("cu-chi");
        assertThat(code(WARDS.findInText("bãi biển ở đặc khu Côn Đảo"))).isEqualTo("con-dao");
        assertThat(code(WARDS.findInText("P Tan Son Nhat gan san bay"))).isEqualTo("tan-son-nhat");
        assertThat(code(WARDS.findInText("near the market in Sai Gon ward"))).isEqualTo("sai-gon");
        assertThat(code(WARDS.findInText("Phường Thủ Dầu Một"))).isEqualTo("thu-dau-mot");
        assertThat(code(WARDS.findInText("phường Đoàn Văn Bơ thì không có, còn phường Xóm Chiếu thì có")))
                .isEqualTo("xom-chieu");
    }

    @Test
    void aNameWithoutItsKindOrAFormerDistrictIsNotAUnit() {
        assertThat(WARDS.findInText("quận Gò Vấp")).isEmpty();
        assertThat(WARDS.findInText("chợ Bến Thành")).isEmpty();
        assertThat(WARDS.findInText("Tp. Thủ Đức")).isEmpty();
        assertThat(WARDS.findInText("phường Tân Hưng")).as("not in units.yaml").isEmpty();
        assertThat(WARDS.findInText("xã Sài Gòn")).as("Sài Gòn is a ward, not a commune").isEmpty();
        assertThat(WARDS.findInText(null)).isEmpty();
        assertThat(WARDS.findInText("  ")).isEmpty();
    }

    private JsonNode firstVertexOf(String code) {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("reference/ward-boundaries.geojson")) {
            for (JsonNode feature : new ObjectMapper().readTree(in).path("features")) {
                if (code.equals(feature.path("properties").path("code").asText())) {
                    return feature.path("geometry").path("coordinates").get(0).get(0);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalStateException("no boundary for " + code);
    }

    private WardLocator squares() throws IOException {
        writeUnits();
        write("ward-boundaries.geojson", """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "properties": {"code": "tan-dinh"},
                   "geometry": {"type": "MultiPolygon", "coordinates": [[[[106.1,10.0],[106.2,10.0],[106.2,10.1],[106.1,10.1],[106.1,10.0]]]]}},
                  {"type": "Feature", "properties": {"code": "ben-thanh"},
                   "geometry": {"type": "Polygon", "coordinates": [[[106.0,10.0],[106.1,10.0],[106.1,10.1],[106.0,10.1],[106.0,10.0]]]}}
                ]}
                """);
        return fromFolder();
    }

    private WardLocator fromFolder() {
        ReferenceFiles files = new ReferenceFiles(new ReferenceDataProperties(folder.toUri().toString()),
                new DefaultResourceLoader());
        return new WardLocator(files, new UnitDirectory(files));
    }

    /** units.yaml with two wards (Bến Thành listed first) and every city body, categories.yaml as shipped. */
    private void writeUnits() throws IOException {
        String units = read("reference/units.yaml").lines()
                .filter(l -> !l.contains("kind: WARD") && !l.contains("kind: COMMUNE") && !l.contains("SPECIAL_ZONE")
                        || l.contains("code: ben-thanh") || l.contains("code: tan-dinh"))
                .collect(Collectors.joining("\n"));
        write("units.yaml", units);
        write("categories.yaml", read("reference/categories.yaml"));
    }

    private String read(String resource) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static String code(Optional<Unit> unit) {
        return unit.map(Unit::code).orElse(null);
    }
}
