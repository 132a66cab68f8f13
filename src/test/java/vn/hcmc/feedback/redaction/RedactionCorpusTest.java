package vn.hcmc.feedback.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs the redaction corpus {@code src/test/resources/redaction/cases.jsonl}: one case a line. */
class RedactionCorpusTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final RedactionService service = new RedactionService();

    record Case(String id, String input, String reporterName, String expected, List<String> rules) {
    }

    static Stream<Arguments> corpus() throws IOException {
        return load().stream().map(c -> Arguments.of(c.id(), c));
    }

    static List<Case> load() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (var in = RedactionCorpusTest.class.getResourceAsStream("/redaction/cases.jsonl");
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    cases.add(JSON.readValue(line, Case.class));
                }
            }
        }
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void redactsAsExpected(String id, Case c) {
        Redaction result = service.redact(c.input(), c.reporterName());

        assertThat(result.redacted()).as(id).isEqualTo(c.expected());
        assertThat(result.redactions()).extracting(Span::rule).as(id + " rules").containsExactlyElementsOf(c.rules());
        int previousEnd = 0;
        for (Span span : result.redactions()) {
            assertThat(span.start()).as(id + " spans are ordered, disjoint, in the original").isGreaterThanOrEqualTo(previousEnd);
            assertThat(span.end()).isGreaterThan(span.start()).isLessThanOrEqualTo(c.input().length());
            previousEnd = span.end();
        }
    }

    @Test
    void corpusIsLargeAndVaried() throws IOException {
        List<Case> cases = load();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(60);
        assertThat(cases).extracting(Case::id).doesNotHaveDuplicates();
        assertThat(cases).filteredOn(c -> c.rules().isEmpty()).as("negative cases").hasSizeGreaterThanOrEqualTo(10);
        assertThat(cases).filteredOn(c -> c.rules().stream().filter("phone"::equals).count() >= 2)
                .as("several numbers in one text").hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void spansPointAtTheOriginalText() {
        String text = "Tôi là Nguyễn Văn An, SĐT 090 123 4567, CCCD 079123456789, xe 51F-123.45, a@b.vn";
        Redaction result = service.redact(text, "Nguyễn Văn An");

        assertThat(result.redactions()).extracting(s -> text.substring(s.start(), s.end()))
                .containsExactly("Nguyễn Văn An", "090 123 4567", "079123456789", "51F-123.45", "a@b.vn");
        assertThat(result.redactions()).extracting(Span::rule).containsExactly(RedactionService.REPORTER_NAME,
                RedactionService.PHONE, RedactionService.ID_NUMBER, RedactionService.LICENCE_PLATE,
                RedactionService.EMAIL);
    }

    @Test
    void decomposedDiacriticsAreMatchedAndMappedBack() {
        String decomposed = java.text.Normalizer.normalize("Gửi Nguyễn Văn An.", java.text.Normalizer.Form.NFD);
        Redaction result = service.redact(decomposed, "Nguyễn Văn An");

        assertThat(result.redacted()).isEqualTo(java.text.Normalizer.normalize("Gửi ", java.text.Normalizer.Form.NFD)
                + RedactionService.NAME_TOKEN + ".");
    }

    @Test
    void longAdversarialTextsNeitherOverflowNorHang() {
        for (String text : List.of("1 ".repeat(10_000), "1.".repeat(10_000), "1/".repeat(10_000), "a".repeat(20_000),
                "a@b" + ".c1".repeat(6_000), "0901234567 ".repeat(1_800), "(+".repeat(10_000),
                "số 1 ".repeat(4_000), "Nguyễn ".repeat(3_000))) {
            Redaction result = service.redact(text, "Nguyễn Văn An");
            assertThat(result.redacted()).isNotNull();
        }
        assertThat(service.redact("0901234567 ".repeat(1_800), null).redactions()).hasSize(1_800);
    }

    @Test
    void nullAndEmptyTextAreEmpty() {
        assertThat(service.redact(null, "An").redacted()).isEmpty();
        assertThat(service.redact("", null).redactions()).isEmpty();
    }
}
