package vn.hcmc.feedback.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Main code reads "now" from the one application clock ({@link EngineClock}, injected as {@code java.time.Clock}),
 * never from the system clock, and declares no other clock class. Reads the sources as text: a line that reads the
 * system clock, even in a comment, is reported. {@code System.nanoTime()} (durations) and
 * {@code LocalDate.now(clock)} stay allowed.
 */
class OneClockArchitectureTest {

    static final Path MAIN = Path.of("src/main/java");
    static final String ONE_CLOCK = "vn/hcmc/feedback/system/EngineClock.java";

    static final Pattern SYSTEM_TIME = Pattern.compile(
            "\\b(Instant|LocalDate|LocalDateTime|LocalTime|ZonedDateTime|OffsetDateTime|OffsetTime|Year|YearMonth"
                    + "|MonthDay)\\s*\\.\\s*now\\s*\\(\\s*(\\)|Zone)"
                    + "|\\bSystem\\s*\\.\\s*currentTimeMillis\\s*\\("
                    + "|\\bClock\\s*\\.\\s*(system|systemUTC|systemDefaultZone|tick\\w*)\\s*\\("
                    + "|\\bnew\\s+(java\\.util\\.)?Date\\s*\\(\\s*\\)"
                    + "|\\bCalendar\\s*\\.\\s*getInstance\\s*\\("
                    + "|\\bClockUtil\\b");
    static final Pattern CLOCK_CLASS = Pattern.compile(
            "\\b(class|record|interface|enum)\\s+\\w*Clock\\b|\\bextends\\s+(java\\.time\\.)?Clock\\b");

    @Test
    void mainCodeReadsNowOnlyFromTheEngineClock() throws IOException {
        List<String> findings = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !MAIN.relativize(p).toString().replace('\\', '/').equals(ONE_CLOCK))
                    .forEach(p -> findings.addAll(findings(MAIN.relativize(p).toString(), read(p))));
        }
        assertThat(findings).as("inject java.time.Clock (the EngineClock bean) instead").isEmpty();
    }

    @Test
    void theOneClockIsWhereTheTestExpectsIt() {
        assertThat(MAIN.resolve(ONE_CLOCK)).exists();
        assertThat(read(MAIN.resolve(ONE_CLOCK))).contains("class EngineClock extends Clock");
    }

    @Test
    void theCheckFindsWhatItForbidsAndLetsTheRestThrough() {
        assertThat(findings("A.java", """
                Instant a = Instant.now();
                LocalDate b = LocalDate.now ();
                var c = ZonedDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh"));
                long d = System.currentTimeMillis();
                Instant e = ClockUtil.getCurrentTime().toInstant();
                Clock f = Clock.systemUTC();
                Date g = new Date();
                public class SurveyClock {
                class Other extends Clock {
                """)).hasSize(9);
        assertThat(findings("B.java", """
                LocalDate today = LocalDate.now(clock);
                Instant now = clock.instant();
                long started = System.nanoTime();
                Date due = new Date(millis);
                @Component("resumeClock") class ResumeClockDelegate {
                String expression = "${now()}";
                """)).isEmpty();
    }

    static List<String> findings(String file, String source) {
        List<String> found = new ArrayList<>();
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher time = SYSTEM_TIME.matcher(lines[i]);
            Matcher clock = CLOCK_CLASS.matcher(lines[i]);
            if (time.find() || clock.find()) {
                found.add(file + ":" + (i + 1) + ": " + lines[i].strip());
            }
        }
        return found;
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
