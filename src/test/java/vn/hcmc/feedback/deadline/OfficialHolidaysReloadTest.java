package vn.hcmc.feedback.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.DefaultResourceLoader;
import vn.hcmc.feedback.directory.ReferenceDataProperties;
import vn.hcmc.feedback.directory.ReferenceFiles;

/** holidays.yaml read again from a folder on disk: a new table is taken, an invalid one refused. */
class OfficialHolidaysReloadTest {

    @TempDir
    Path folder;

    @Test
    void reloadTakesTheEditedTableAndKeepsTheOldOneWhenTheFileIsInvalid() throws Exception {
        String original = new String(new ClassPathResource("reference/holidays.yaml").getInputStream().readAllBytes(),
                StandardCharsets.UTF_8);
        Path file = folder.resolve("holidays.yaml");
        Files.writeString(file, original);
        OfficialHolidays holidays = new OfficialHolidays(new ReferenceFiles(
                new ReferenceDataProperties(folder.toUri().toString()), new DefaultResourceLoader()));
        LocalDate extraDay = LocalDate.of(2026, 3, 10);
        assertThat(holidays.isDayOff(extraDay)).isFalse();

        Files.writeString(file, original.replace("      - { date: 2026-04-27,",
                "      - { date: 2026-03-10, name: \"Nghỉ thêm (thử)\" }\n      - { date: 2026-04-27,"));
        holidays.reload();
        assertThat(holidays.isDayOff(extraDay)).isTrue();

        Files.writeString(file, "years: { 2026: { daysOff: [ { date: 2026-13-40 } ] } }");
        assertThatThrownBy(holidays::reload).isInstanceOf(RuntimeException.class);
        assertThat(holidays.isDayOff(extraDay)).as("the loaded table stays").isTrue();
        assertThat(holidays.years()).contains(2025, 2026);
    }
}
