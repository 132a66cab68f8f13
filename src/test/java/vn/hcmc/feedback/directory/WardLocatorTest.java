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

    // --- location, on the shipped (official) boundaries ---

    @Test
    void wellKnownPlacesLieInTheirUnit() {
        assertThat(code(WARDS.locate(10.7725, 106.6980))).as("Bến Thành market").isEqualTo("ben-thanh");
        assertThat(code(WARDS.locate(10.7798, 106.6990))).as("Notre-Dame cathedral").isEqualTo("sai-gon");
        assertThat(code(WARDS.locate(10.7769, 106.7009))).as("Saigon Central Post Office").isEqualTo("sai-gon");
        assertThat(code(WARDS.locate(10.7499, 106.6508))).as("Bình Tây market").isEqualTo("binh-tay");
        assertThat(code(WARDS.locate(10.9804, 106.6519))).as("Thủ Dầu Một").isEqualTo("thu-dau-mot");
        assertThat(code(WARDS.locate(10.3460, 107.0840))).as("Vũng Tàu").isEqualTo("vung-tau");
        assertThat(code(WARDS.locate(8.6830, 106.6090))).as("Côn Đảo").isEqualTo("con-dao");
    }

    @Test
    void all168CommuneLevelUnitsHaveTheirBoundaryAndAPointInsideEachIsFoundThere() throws IOException {
        JsonNode root = shippedBoundaries();
        GeometryFactory factory = new GeometryFactory();
        List<Geometry> areas = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (JsonNode feature : root.path("features")) {
            Geometry area = geometry(factory, feature.path("geometry"));
            String code = feature.path("properties").path("code").asText();
            areas.add(area);
            codes.add(code);
            assertThat(feature.path("properties").path("officialCode").asText())
                    .isEqualTo(DIRECTORY.unit(code).orElseThrow().officialCode());
            Coordinate inside = area.getInteriorPoint().getCoordinate();
            Optional<Unit> found = WARDS.locate(inside.y, inside.x);
            assertThat(code(found)).as("a point inside %s", code).isEqualTo(code);
        }
        assertThat(codes).hasSize(168).containsExactlyInAnyOrderElementsOf(DIRECTORY.units().stream()
                .filter(u -> u.kind().isCommuneLevel()).map(Unit::code).collect(Collectors.toList()));
        // The official data has a few slivers where neighbours overlap; each is below one square metre.
        double squareMetre = Math.pow(1 / 111_000.0, 2);
        for (int i = 0; i < areas.size(); i++) {
            for (int j = i + 1; j < areas.size(); j++) {
                if (areas.get(i).getEnvelopeInternal().intersects(areas.get(j).getEnvelopeInternal())) {
                    assertThat(areas.get(i).intersection(areas.get(j)).getArea())
                            .as("overlap of %s and %s", codes.get(i), codes.get(j)).isLessThan(squareMetre);
                }
            }
        }
    }

    @Test
    void aPointOnAnEdgeTwoUnitsShareGoesToTheOneListedFirstInUnitsYaml() throws IOException {
        JsonNode root = shippedBoundaries();
        GeometryFactory factory = new GeometryFactory();
        Geometry benThanh = null;
        Geometry saiGon = null;
        for (JsonNode feature : root.path("features")) {
            String code = feature.path("properties").path("code").asText();
            if (code.equals("ben-thanh")) {
                benThanh = geometry(factory, feature.path("geometry"));
            } else if (code.equals("sai-gon")) {
                saiGon = geometry(factory, feature.path("geometry"));
            }
        }
        Geometry shared = benThanh.intersection(saiGon);
        assertThat(shared.getLength()).as("Bến Thành and Sài Gòn share an edge").isGreaterThan(0.001);
        List<Unit> units = DIRECTORY.units();
        String first = units.indexOf(DIRECTORY.unit("sai-gon").orElseThrow())
                < units.indexOf(DIRECTORY.unit("ben-thanh").orElseThrow()) ? "sai-gon" : "ben-thanh";
        for (Coordinate vertex : shared.getCoordinates()) {
            assertThat(code(WARDS.locate(vertex.y, vertex.x))).as("shared vertex %s", vertex).isEqualTo(first);
        }
        Coordinate a = shared.getCoordinates()[0];
        Coordinate b = shared.getCoordinates()[1];
        assertThat(code(WARDS.locate((a.y + b.y) / 2, (a.x + b.x) / 2))).as("midpoint of a shared segment")
                .isEqualTo(first);
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
        assertThat(WARDS.locate(10.9510, 106.8430)).as("Biên Hòa, Đồng Nai province").isEmpty();
        assertThat(WARDS.locate(11.5564, 104.9282)).as("Phnom Penh").isEmpty();
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
        assertThat(code(squares.locate(10.1, 106.1))).as("on the corner both share").isEqualTo("tan-dinh");
        assertThat(code(squares.locate(10.05, 106.2))).as("on the outer (right) edge of the second").isEqualTo("tan-dinh");
        assertThat(code(squares.locate(10.05, 106.1))).as("on the shared border: first in units.yaml (Tân Định)")
                .isEqualTo("tan-dinh");
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
    void findsEveryOneOfThe168UnitsByItsNameAsWrittenWithoutDiacriticsAndAbbreviated() {
        for (Unit unit : DIRECTORY.units()) {
            if (!unit.kind().isCommuneLevel() || unit.code().startsWith("thanh-an-")) {
                continue; // the two Thanh An communes: see theTwoThanhAnCommunesAreToldApartByTheirMarks
            }
            String name = unit.nameVi();
            String bare = name.substring(name.indexOf(' ') + 1);
            if (unit.kind() == UnitKind.SPECIAL_ZONE) {
                bare = bare.substring(bare.indexOf(' ') + 1);
            }
            String folded = vn.hcmc.feedback.system.VietnameseText.fold(bare);
            assertThat(code(WARDS.findInText("Gần chợ, " + name + ", TP.HCM"))).as(name).isEqualTo(unit.code());
            assertThat(code(WARDS.findInText("gan cho " + vn.hcmc.feedback.system.VietnameseText.fold(name))))
                    .as(name + " without diacritics").isEqualTo(unit.code());
            String abbreviated = switch (unit.kind()) {
                case WARD -> "P." + folded.toUpperCase(java.util.Locale.ROOT);
                case COMMUNE -> "xa " + folded;
                default -> folded + " special zone";
            };
            assertThat(code(WARDS.findInText("ngay " + abbreviated + " nha em"))).as(abbreviated)
                    .isEqualTo(unit.code());
            if (unit.kind() != UnitKind.SPECIAL_ZONE) {
                assertThat(WARDS.findInText("gần chợ " + bare + " nhà em")).as(bare + " without its kind").isEmpty();
            }
        }
    }

    @Test
    void oldAndNewTonePlacementFindTheSameUnit() {
        assertThat(code(WARDS.findInText("phường Xuân Hòa"))).isEqualTo("xuan-hoa");
        assertThat(code(WARDS.findInText("phường Xuân Hoà"))).isEqualTo("xuan-hoa");
        assertThat(code(WARDS.findInText("P. Bình Hưng Hoà"))).isEqualTo("binh-hung-hoa");
        assertThat(code(WARDS.findInText("xã Phú Hoà Đông, ấp 4"))).isEqualTo("phu-hoa-dong");
        assertThat(code(WARDS.findInText("Phường Hoà Lợi"))).isEqualTo("hoa-loi");
    }

    @Test
    void theLongestNameWinsAndNamesThatStartAlikeAreToldApart() {
        assertThat(code(WARDS.findInText("phường Tân Sơn Nhất"))).isEqualTo("tan-son-nhat");
        assertThat(code(WARDS.findInText("phường Tân Sơn Nhì"))).isEqualTo("tan-son-nhi");
        assertThat(code(WARDS.findInText("phường Tân Sơn Hòa"))).isEqualTo("tan-son-hoa");
        assertThat(code(WARDS.findInText("phường Tân Sơn, gần chợ"))).isEqualTo("tan-son");
        assertThat(code(WARDS.findInText("p. an phu dong"))).isEqualTo("an-phu-dong");
        assertThat(code(WARDS.findInText("p. an phu, hẻm 12"))).isEqualTo("an-phu");
    }

    @Test
    void theTwoThanhAnCommunesAreToldApartByTheirMarks() {
        assertThat(code(WARDS.findInText("xã Thạnh An, Cần Giờ"))).isEqualTo("thanh-an-can-gio");
        assertThat(code(WARDS.findInText("Xã Thanh An, huyện Dầu Tiếng cũ"))).isEqualTo("thanh-an-dau-tieng");
        assertThat(WARDS.findInText("xa Thanh An")).as("no marks: either of the two").isEmpty();
        assertThat(code(WARDS.findInText("xa Thanh An hay xã Bình Khánh"))).as("the next unit named")
                .isEqualTo("binh-khanh");
    }

    @Test
    void kindWordsRespectTheMarksTheWriterTyped() {
        assertThat(WARDS.findInText("bị xả Tân Hòa đầy rác")).as("xả is not xã").isEmpty();
        assertThat(WARDS.findInText("chính quyền địa phương Tân Phú")).as("phương is not phường").isEmpty();
        assertThat(code(WARDS.findInText("chinh quyen dia phuong Tan Phu"))).as("no marks typed").isEqualTo("tan-phu");
    }

    @Test
    void aFormerUnitThatWentWholeIntoOneNewUnitIsFound() {
        assertThat(code(WARDS.findInText("đường Đồng Khởi, P. Bến Nghé, Q.1"))).isEqualTo("sai-gon");
        assertThat(code(WARDS.findInText("phuong Pham Ngu Lao quan 1"))).isEqualTo("ben-thanh");
        assertThat(code(WARDS.findInText("bãi biển huyện Côn Đảo"))).isEqualTo("con-dao");
        assertThat(code(WARDS.findInText("đi tàu ra Côn Đảo dịp 27/7"))).as("an archipelago's name alone")
                .isEqualTo("con-dao");
        assertThat(code(WARDS.findInText("P. Bến Nghé cũ, nay là phường Sài Gòn"))).isEqualTo("sai-gon");
        assertThat(code(WARDS.findInText("phường Bến Thành, Quận 1"))).as("a name of today with its former district")
                .isEqualTo("ben-thanh");
        assertThat(code(WARDS.findInText("P. Bến Nghé (cũ) nhưng đã báo phường Tân Định"))).as("today's name wins")
                .isEqualTo("tan-dinh");
    }

    @Test
    void aNameWithoutItsKindOrAFormerDistrictIsNotAUnit() {
        assertThat(WARDS.findInText("quận Gò Vấp")).isEmpty();
        assertThat(WARDS.findInText("Quận 1")).isEmpty();
        assertThat(WARDS.findInText("Q.1, gần chợ")).isEmpty();
        assertThat(WARDS.findInText("huyện Củ Chi")).as("a former district split into several communes").isEmpty();
        assertThat(WARDS.findInText("phường Đa Kao, quận 1")).as("a former ward split between two").isEmpty();
        assertThat(WARDS.findInText("phường 12, quận Gò Vấp")).isEmpty();
        assertThat(WARDS.findInText("chợ Bến Thành")).isEmpty();
        assertThat(WARDS.findInText("Tp. Thủ Đức")).isEmpty();
        assertThat(WARDS.findInText("xã Sài Gòn")).as("Sài Gòn is a ward, not a commune").isEmpty();
        assertThat(WARDS.findInText(null)).isEmpty();
        assertThat(WARDS.findInText("  ")).isEmpty();
    }

    private JsonNode firstVertexOf(String code) {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("reference/ward-boundaries.geojson")) {
            for (JsonNode feature : new ObjectMapper().readTree(in).path("features")) {
                if (code.equals(feature.path("properties").path("code").asText())) {
                    JsonNode outer = feature.path("geometry").path("coordinates").get(0);
                    return "Polygon".equals(feature.path("geometry").path("type").asText())
                            ? outer.get(0) : outer.get(0).get(0);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalStateException("no boundary for " + code);
    }

    @Test
    void aFormerNameOfAnUnknownUnitOrOfAUnitOfTodayIsRefusedWithFileAndLine() throws IOException {
        squares();
        write("former-units.yaml", """
                formerUnits:
                  - { name: "Phường Bến Nghé", formerDistrict: "Quận 1", unit: ben-thanh }
                  - { name: "Phường Đa Kao", formerDistrict: "Quận 1", unit: da-kao }
                """);
        assertThatThrownBy(this::fromFolder).isInstanceOf(ReferenceDataException.class)
                .hasMessageContaining("former-units.yaml, line 3").hasMessageContaining("da-kao");
        write("former-units.yaml", """
                formerUnits:
                  - { name: "Phường Tân Định", formerDistrict: "Quận 1", unit: tan-dinh }
                """);
        assertThatThrownBy(this::fromFolder).isInstanceOf(ReferenceDataException.class)
                .hasMessageContaining("Phường Tân Định").hasMessageContaining("today");
        write("former-units.yaml", """
                formerUnits:
                  - { name: "Bến Nghé", unit: ben-thanh }
                """);
        assertThatThrownBy(this::fromFolder).isInstanceOf(ReferenceDataException.class)
                .hasMessageContaining("must start with its kind");
        write("former-units.yaml", """
                formerUnits:
                  - { name: "Phường Bến Nghé", formerDistrict: "Quận 1", unit: ben-thanh }
                """);
        assertThat(code(fromFolder().findInText("P. Ben Nghe"))).isEqualTo("ben-thanh");
    }

    @Test
    void aUnitWhoseNameDoesNotStartWithItsKindIsRefused() throws IOException {
        squares();
        String units = Files.readString(folder.resolve("units.yaml"))
                .replace("nameVi: \"Phường Bến Thành\"", "nameVi: \"Bến Thành\"");
        assertThat(units).contains("nameVi: \"Bến Thành\"");
        write("units.yaml", units);
        assertThatThrownBy(this::fromFolder).isInstanceOf(ReferenceDataException.class)
                .hasMessageContaining("ben-thanh").hasMessageContaining("must start with 'Phường'");
    }

    private JsonNode shippedBoundaries() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("reference/ward-boundaries.geojson")) {
            return new ObjectMapper().readTree(in);
        }
    }

    private static Geometry geometry(GeometryFactory factory, JsonNode geometry) {
        List<org.locationtech.jts.geom.Polygon> polygons = new ArrayList<>();
        JsonNode coordinates = geometry.path("coordinates");
        if ("Polygon".equals(geometry.path("type").asText())) {
            polygons.add(polygon(factory, coordinates));
        } else {
            coordinates.forEach(p -> polygons.add(polygon(factory, p)));
        }
        return factory.createMultiPolygon(polygons.toArray(org.locationtech.jts.geom.Polygon[]::new));
    }

    private static org.locationtech.jts.geom.Polygon polygon(GeometryFactory factory, JsonNode rings) {
        List<org.locationtech.jts.geom.LinearRing> all = new ArrayList<>();
        rings.forEach(r -> {
            List<Coordinate> ring = new ArrayList<>();
            r.forEach(p -> ring.add(new Coordinate(p.get(0).asDouble(), p.get(1).asDouble())));
            all.add(factory.createLinearRing(ring.toArray(Coordinate[]::new)));
        });
        return factory.createPolygon(all.get(0), all.subList(1, all.size())
                .toArray(org.locationtech.jts.geom.LinearRing[]::new));
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

    /** units.yaml with two wards (Tân Định, 26734, listed before Bến Thành, 26743) and every city body. */
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
