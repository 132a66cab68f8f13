package vn.hcmc.feedback.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.hcmc.feedback.report.ReportClient;

/** GET /api/answers: filters, bounded and stable paging, problems for bad input. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnswerFeedApiTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;

    /** A published answer in the far future (so it sorts first), written directly: the feed reads only rows. */
    String published(String category, String unit, Instant publishedAt, boolean publicFeed) {
        ReportClient client = new ReportClient(rest, jdbc);
        Map<String, Object> body = ReportClient.report(ReportClient.marker());
        body.remove("reporter");
        String code = client.postJson(body, null).getBody().get("trackingCode").asText();
        long id = client.reportId(code);
        OffsetDateTime at = publishedAt.atOffset(ZoneOffset.UTC);
        jdbc.update("insert into answer_proposal (report_id, version, outcome, text_vi, proposed_by, proposed_at, "
                + "decision) values (?, 1, 'RESOLVED', 'Đã xử lý.', 'test', ?, 'APPROVED')", id, at);
        Long proposal = jdbc.queryForObject("select id from answer_proposal where report_id = ?", Long.class, id);
        jdbc.update("insert into published_answer (report_id, tracking_code, proposal_id, round, category, unit_code,"
                + " ward_code, received_at, published_at, outcome, report_text, answer_text, public_feed) values "
                + "(?, ?, ?, 1, ?, ?, 'ben-thanh', ?, ?, 'RESOLVED', 'Phản ánh.', 'Đã xử lý.', ?)", id, code,
                proposal, category, unit, at, at, publicFeed);
        return code;
    }

    @Test
    void listsNewestFirstWithStablePagesAndFilters() {
        Instant base = Instant.parse("2090-05-10T03:00:00Z");
        List<String> expected = new ArrayList<>();
        // two answers at the same instant: the id breaks the tie
        String sameA = published("trees", "sawaco", base, true);
        String sameB = published("trees", "sawaco", base, true);
        String older = published("flooding", "sawaco", base.minusSeconds(86_400 * 3), true);
        String hidden = published("trees", "sawaco", base.plusSeconds(60), false);
        expected.add(sameB);
        expected.add(sameA);
        expected.add(older);

        JsonNode all = get("/api/answers?unit=sawaco&from=2090-05-01&to=2090-05-31&size=100").getBody();
        assertThat(codes(all)).containsSubsequence(expected).doesNotContain(hidden);
        List<String> paged = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            JsonNode p = get("/api/answers?unit=sawaco&from=2090-05-01&to=2090-05-31&size=1&page=" + page).getBody();
            assertThat(p.get("size").asInt()).isEqualTo(1);
            paged.addAll(codes(p));
        }
        assertThat(paged).containsExactlyElementsOf(codes(all).subList(0, 3));
        assertThat(codes(get("/api/answers?category=trees&from=2090-05-10&to=2090-05-10").getBody()))
                .contains(sameA, sameB).doesNotContain(older, hidden);
        assertThat(codes(get("/api/answers?category=flooding&from=2090-05-07&to=2090-05-07").getBody()))
                .contains(older).doesNotContain(sameA);
        JsonNode item = get("/api/answers?category=flooding&from=2090-05-07&to=2090-05-07").getBody().get("items")
                .get(0);
        assertThat(item.get("unitCode").asText()).isEqualTo("sawaco");
        assertThat(item.get("wardCode").asText()).isEqualTo("ben-thanh");
        assertThat(item.get("outcome").asText()).isEqualTo("resolved");
        assertThat(item.get("answer").asText()).isEqualTo("Đã xử lý.");
        assertThat(item.has("reporter")).isFalse();
    }

    @Test
    void theMapCountsPublicAnswersByWardWithoutAnyReportsOwnPlace() {
        Instant base = Instant.parse("2098-06-15T03:00:00Z");
        String a = published("trees", "sawaco", base, true);
        String b = published("trees", "sawaco", base.plusSeconds(60), true);
        published("trees", "sawaco", base.plusSeconds(120), false); // kept out of public view
        published("flooding", "sawaco", base.plusSeconds(180), true);

        ResponseEntity<JsonNode> map = rest.getForEntity(
                "/api/answers/map?category=trees&from=2098-06-01&to=2098-06-30", JsonNode.class);

        assertThat(map.getStatusCode().value()).isEqualTo(200);
        assertThat(map.getBody()).hasSize(1);
        JsonNode ward = map.getBody().get(0);
        assertThat(ward.get("wardCode").asText()).isEqualTo("ben-thanh");
        assertThat(ward.get("nameVi").asText()).isEqualTo("Phường Bến Thành");
        assertThat(ward.get("count").asLong()).isEqualTo(2);
        assertThat(ward.get("latest")).extracting(JsonNode::asText).containsExactly(b, a);
        assertThat(ward.get("lat").asDouble()).isBetween(10.76, 10.79);
        assertThat(ward.get("lon").asDouble()).isBetween(106.68, 106.71);
        assertThat(map.getBody().toString()).doesNotContain("reporter", "description", "address");
        assertProblem("/api/answers/map?category=nonsense", "unknown-category");
    }

    @Test
    void refusesBadInputWithProblems() {
        assertProblem("/api/answers?size=101", "invalid-page-size");
        assertProblem("/api/answers?size=0", "invalid-page-size");
        assertProblem("/api/answers?page=-1", "invalid-page");
        assertProblem("/api/answers?page=x", "invalid-page");
        assertProblem("/api/answers?category=unicorns", "unknown-category");
        assertProblem("/api/answers?unit=atlantis", "unknown-unit");
        assertProblem("/api/answers?from=31-12-2026", "invalid-date");
        assertProblem("/api/answers?from=2026-02-30", "invalid-date");
        assertProblem("/api/answers?from=2026-03-02&to=2026-03-01", "invalid-date-range");
        assertThat(get("/api/answers?size=100").getStatusCode().value()).isEqualTo(200);
    }

    private void assertProblem(String url, String slug) {
        ResponseEntity<JsonNode> response = get(url);
        assertThat(response.getStatusCode().value()).as(url).isEqualTo(400);
        assertThat(response.getBody().get("type").asText()).isEqualTo("urn:feedback:problem:" + slug);
    }

    private ResponseEntity<JsonNode> get(String url) {
        return rest.getForEntity(url, JsonNode.class);
    }

    private static List<String> codes(JsonNode page) {
        List<String> codes = new ArrayList<>();
        page.get("items").forEach(i -> codes.add(i.get("trackingCode").asText()));
        return codes;
    }
}
