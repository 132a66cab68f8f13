package vn.hcmc.feedback.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.DefaultResourceLoader;
import vn.hcmc.feedback.deadline.OfficialHolidays;

class ReferenceDataTest {

    @TempDir
    Path folder;

    @Test
    void shippedFilesLoad() {
        ReferenceFiles files = new ReferenceFiles(new ReferenceDataProperties("classpath:reference/"),
                new DefaultResourceLoader());
        UnitDirectory directory = new UnitDirectory(files);

        assertThat(directory.units().stream().filter(u -> u.kind().isCommuneLevel())).hasSizeGreaterThanOrEqualTo(25);
        assertThat(directory.units()).extracting(Unit::kind).contains(UnitKind.WARD, UnitKind.COMMUNE,
                UnitKind.SPECIAL_ZONE, UnitKind.DEPARTMENT, UnitKind.AGENCY, UnitKind.UTILITY);
        assertThat(directory.unit("ben-thanh")).get().extracting(Unit::nameVi).isEqualTo("Phường Bến Thành");
        assertThat(directory.categories()).extracting(Category::code).containsExactly("road_damage", "flooding",
                "street_lighting", "trees", "traffic", "garbage", "pollution", "noise", "sidewalk_encroachment",
                "illegal_construction", "food_safety", "public_security", "water_supply", "public_services",
                "app_feedback", "other");
        assertThat(directory.category("garbage")).get().matches(Category::answeredByWard);
        assertThat(directory.category("water_supply")).get().extracting(Category::defaultUnit).isEqualTo("sawaco");

        OfficialHolidays holidays = new OfficialHolidays(files);
        assertThat(holidays.years()).contains(2025, 2026);
        assertThat(holidays.isDayOff(java.time.LocalDate.of(2026, 2, 16))).isTrue();
        assertThat(holidays.isDayOff(java.time.LocalDate.of(2026, 2, 23))).isFalse();
        assertThat(holidays.isSwappedWorkingDay(java.time.LocalDate.of(2026, 8, 22))).isTrue();

        assertThat(new DemoOfficials(files, directory).load())
                .as("every unit has a staff member and a leader")
                .filteredOn(Official::leader).extracting(Official::unit)
                .containsAll(directory.units().stream().map(Unit::code).toList());
    }

    @Test
    void malformedYamlNamesFileAndLine() throws IOException {
        write("units.yaml", """
                units:
                  - { code: ben-thanh, kind: WARD, nameVi: "Phường Bến Thành", nameEn: "Ben Thanh Ward" }
                  - { code: tan-dinh, kind: WARD, nameVi: "Phường Tân Định" nameEn: "Tan Dinh Ward" }
                """);

        assertThatThrownBy(() -> new UnitDirectory(files()))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessageContaining("units.yaml, line 3");
    }

    @Test
    void unknownKindNamesFileAndLine() throws IOException {
        write("units.yaml", """
                units:
                  - { code: ben-thanh, kind: WARD, nameVi: "Phường Bến Thành", nameEn: "Ben Thanh Ward" }
                  - { code: quan-1, kind: DISTRICT, nameVi: "Quận 1", nameEn: "District 1" }
                """);

        assertThatThrownBy(() -> new UnitDirectory(files()))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessageContaining("units.yaml, line 3")
                .hasMessageContaining("DISTRICT");
    }

    @Test
    void duplicateUnitCodeIsRefused() throws IOException {
        write("units.yaml", """
                units:
                  - { code: ben-thanh, kind: WARD, nameVi: "Phường Bến Thành", nameEn: "Ben Thanh Ward" }
                  - { code: tan-dinh, kind: WARD, nameVi: "Phường Tân Định", nameEn: "Tan Dinh Ward" }
                  - { code: tan-dinh, kind: WARD, nameVi: "Phường Tân Định", nameEn: "Tan Dinh Ward" }
                """);

        assertThatThrownBy(() -> new UnitDirectory(files()))
                .hasMessageContaining("units.yaml, line 3")
                .hasMessageContaining("listed twice");
    }

    @Test
    void categoryRoutedToUnknownUnitIsRefused() throws IOException {
        write("units.yaml", """
                units:
                  - { code: ben-thanh, kind: WARD, nameVi: "Phường Bến Thành", nameEn: "Ben Thanh Ward" }
                """);
        write("categories.yaml", """
                categories:
                  - { code: garbage, nameVi: "Rác thải", nameEn: "Garbage", defaultUnit: WARD }
                  - { code: water_supply, nameVi: "Cấp nước", nameEn: "Water supply", defaultUnit: sawaco }
                """);

        assertThatThrownBy(() -> new UnitDirectory(files()))
                .hasMessageContaining("categories.yaml, line 3")
                .hasMessageContaining("sawaco");
    }

    @Test
    void missingFileSaysWhereItLooked() {
        assertThatThrownBy(() -> new UnitDirectory(files()))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessageContaining("units.yaml not found")
                .hasMessageContaining(folder.toUri().toString());
    }

    @Test
    void badHolidayDateNamesLine() throws IOException {
        write("holidays.yaml", """
                years:
                  2026:
                    daysOff:
                      - { date: 2026-01-01, name: "Tết Dương lịch" }
                      - { date: "2026-02-31", name: "no such day" }
                """);

        assertThatThrownBy(() -> new OfficialHolidays(files()))
                .hasMessageContaining("holidays.yaml, line 5");
    }

    @Test
    void workingSaturdayMustBeASaturday() throws IOException {
        write("holidays.yaml", """
                years:
                  2026:
                    workingSaturdays:
                      - { date: 2026-08-21, name: "a Friday" }
                """);

        assertThatThrownBy(() -> new OfficialHolidays(files()))
                .hasMessageContaining("holidays.yaml, line 4")
                .hasMessageContaining("FRIDAY");
    }

    private ReferenceFiles files() {
        return new ReferenceFiles(new ReferenceDataProperties(folder.toUri().toString()), new DefaultResourceLoader());
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }
}
