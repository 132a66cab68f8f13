package vn.hcmc.feedback.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hcmc.feedback.attachment.IncomingFile;
import vn.hcmc.feedback.attachment.SampleFiles;
import vn.hcmc.feedback.report.Report;
import vn.hcmc.feedback.report.ReportClient;
import vn.hcmc.feedback.report.ReportHistory;
import vn.hcmc.feedback.report.ReportRepository;
import vn.hcmc.feedback.system.Refusal;

/** The engine-independent answer services: proposals, decisions, publication, feed, rating. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnswerServicesTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ReportRepository reports;
    @Autowired
    AnswerProposals proposals;
    @Autowired
    AnswerPublication publication;
    @Autowired
    AnswerRatings ratings;
    @Autowired
    AnswerPreview preview;
    @Autowired
    ReportHistory history;

    ReportClient client;

    @BeforeEach
    void setUp() {
        client = new ReportClient(rest, jdbc);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    record Submitted(String code, String token, long id) {
    }

    Submitted submit(String category, String description, boolean publicVisible) {
        String marker = ReportClient.marker();
        Map<String, Object> body = ReportClient.report(marker);
        body.put("description", description + " " + marker);
        body.put("reporter", Map.of("name", "Nguyễn Văn An", "email", marker + "@example.vn"));
        body.put("publicVisible", publicVisible);
        JsonNode created = client.postJson(body, null).getBody();
        String code = created.get("trackingCode").asText();
        long id = client.reportId(code);
        jdbc.update("update report set category = ?, unit_code = 'ben-thanh', status = 'ASSIGNED' where id = ?",
                category, id);
        return new Submitted(code, created.get("accessToken").asText(), id);
    }

    AnswerProposal propose(long reportId, AnswerDraft draft, List<IncomingFile> files) {
        return transaction.execute(s -> {
            Report report = reports.findById(reportId).orElseThrow();
            return proposals.propose(report, draft, proposals.check(report, draft, files), "ben-thanh-staff");
        });
    }

    AnswerProposal decide(long reportId, boolean approved, String comment) {
        return transaction.execute(s -> proposals.decide(reports.findById(reportId).orElseThrow(), approved, comment,
                "ben-thanh-leader"));
    }

    static IncomingFile photo() {
        return new IncomingFile("after.png", "image/png", SampleFiles.pngWithGps(10.77, 106.70));
    }

    @Test
    void aDraftIsCheckedCompletelyBeforeAnythingIsStored() {
        Submitted road = submit("road_damage", "Ổ gà lớn giữa đường Lê Lợi.", true);
        Report report = reports.findById(road.id()).orElseThrow();
        assertProblem(() -> proposals.check(report, new AnswerDraft(null, "Đã sửa.", null, null), List.of()),
                400, "outcome-required");
        assertProblem(() -> proposals.check(report, new AnswerDraft("fixed", "Đã sửa.", null, null), List.of()),
                400, "unknown-outcome");
        assertProblem(() -> proposals.check(report, new AnswerDraft("resolved", " ", null, null), List.of()),
                400, "answer-text-required");
        assertProblem(() -> proposals.check(report, new AnswerDraft("not_within_competence", "Không thuộc.", null,
                null), List.of()), 400, "competent-body-required");
        assertProblem(() -> proposals.check(report, new AnswerDraft("resolved", "Đã sửa xong.", null, null),
                List.of()), 422, "evidence-photo-required");
        assertProblem(() -> proposals.check(report, new AnswerDraft("resolved", "Đã sửa xong.", null, null),
                List.of(new IncomingFile("x.pdf", "application/pdf", SampleFiles.pdf("bien ban")))), 422,
                "evidence-photo-required");
        assertProblem(() -> proposals.check(report, new AnswerDraft("resolved", "Đã sửa xong.", null, null),
                List.of(new IncomingFile("x.exe", "image/png", new byte[] {77, 90, 1, 2, 3}))), 415,
                "unsupported-attachment-type");
        assertThat(proposals.check(report, new AnswerDraft("resolved", "Đã sửa xong.", null, null),
                List.of(photo()))).hasSize(1);
        assertThat(proposals.check(report, new AnswerDraft("partly_resolved", "Đã vá tạm.", null, null), List.of()))
                .isEmpty();
        assertThat(proposals.versions(road.id())).isEmpty();

        Submitted garbage = submit("garbage", "Rác ùn ứ.", true);
        Report other = reports.findById(garbage.id()).orElseThrow();
        assertThat(proposals.check(other, new AnswerDraft("resolved", "Đã thu gom.", null, null), List.of()))
                .as("only infrastructure categories need a photo").isEmpty();
    }

    @Test
    void everyVersionIsKeptAndThePublishedAnswerIsRedactedWithoutTheReporter() {
        Submitted s = submit("road_damage", "Ổ gà lớn trước nhà, gọi tôi 0901 234 567 nếu cần.", true);
        AnswerProposal first = propose(s.id(), new AnswerDraft("partly_resolved",
                "Đã liên hệ anh Nguyễn Văn An (0912.345.678), sẽ vá trong tuần.", null, null), List.of());
        assertThat(first.getVersion()).isEqualTo(1);
        assertThat(status(s.id())).isEqualTo("ANSWER_IN_APPROVAL");
        assertProblem(() -> transaction.execute(t -> proposals.decide(reports.findById(s.id()).orElseThrow(), false,
                " ", "ben-thanh-leader")), 400, "return-comment-required");
        decide(s.id(), false, "Cần ảnh sau khi sửa.");
        assertThat(status(s.id())).isEqualTo("ASSIGNED");
        assertProblem(() -> decide(s.id(), true, null), 409, "no-answer-awaiting-approval");

        AnswerProposal second = propose(s.id(), new AnswerDraft("resolved",
                "Đã vá ổ gà. Cảm ơn anh Nguyễn Văn An, liên hệ lại qua an.nguyen@example.vn.",
                "The pothole is fixed.", null), List.of(photo()));
        assertThat(second.getVersion()).isEqualTo(2);
        AnswerPreview.Preview shown = preview.of(reports.findById(s.id()).orElseThrow());
        assertThat(shown.answer().published()).doesNotContain("Nguyễn Văn An", "an.nguyen@example.vn");
        assertThat(shown.answer().highlights()).hasSize(2).allSatisfy(h ->
                assertThat(shown.answer().published().substring(h.start(), h.end())).startsWith("["));
        assertThat(shown.evidence()).singleElement().satisfies(e -> assertThat(e.published()).isTrue());
        decide(s.id(), true, null);

        PublishedAnswer published = publication.publish(s.id());
        assertThat(publication.publish(s.id()).getId()).as("publishing again changes nothing")
                .isEqualTo(published.getId());
        assertThat(published.getRound()).isEqualTo(1);
        assertThat(published.getReportText()).doesNotContain("0901 234 567").contains("[số điện thoại]");
        assertThat(published.getAnswerText()).doesNotContain("Nguyễn Văn An", "an.nguyen@example.vn");
        assertThat(published.isPublicFeed()).isTrue();
        assertThat(status(s.id())).isEqualTo("ANSWERED");
        assertThat(proposals.versions(s.id())).extracting(AnswerProposal::getDecision)
                .containsExactly(AnswerProposal.Decision.RETURNED, AnswerProposal.Decision.APPROVED);
        assertThat(history.of(s.id())).extracting(e -> e.getEvent()).contains("answer-proposed",
                "answer-returned", "answer-approved", "answer-published");
        Long row = jdbc.queryForObject("select count(*) from published_answer where report_id = ? and ("
                + "report_text like '%Nguyễn Văn An%' or answer_text like '%Nguyễn Văn An%' "
                + "or answer_text like '%@example.vn%')", Long.class, s.id());
        assertThat(row).isZero();

        JsonNode view = client.get(s.code(), null).getBody();
        assertThat(view.get("answer").get("outcome").asText()).isEqualTo("resolved");
        assertThat(view.get("answer").get("photos")).hasSize(1);
        String photoUrl = view.get("answer").get("photos").get(0).asText();
        var photo = rest.getForEntity(photoUrl, byte[].class);
        assertThat(photo.getStatusCode().value()).isEqualTo(200);
        assertThat(new String(photo.getBody(), java.nio.charset.StandardCharsets.ISO_8859_1))
                .as("no EXIF in the public copy").doesNotContain("Exif");
    }

    @Test
    void aPrivateReportsAnswerGoesToItsReporterOnly() {
        Submitted s = submit("garbage", "Rác ùn ứ sau chợ.", false);
        propose(s.id(), new AnswerDraft("resolved", "Đã thu gom.", null, null), List.of());
        decide(s.id(), true, null);
        assertThat(publication.publish(s.id()).isPublicFeed()).isFalse();
        assertThat(client.get(s.code(), null).getStatusCode().value()).isEqualTo(404);
        assertThat(client.get(s.code(), s.token()).getBody().get("answer").get("answer").asText())
                .isEqualTo("Đã thu gom.");
        JsonNode feed = rest.getForObject("/api/answers?unit=ben-thanh&size=100", JsonNode.class);
        feed.get("items").forEach(i -> assertThat(i.get("trackingCode").asText()).isNotEqualTo(s.code()));
    }

    @Test
    void aRatingIsAcceptedOnceWithinTheWindow() {
        Submitted s = submit("garbage", "Rác ùn ứ.", true);
        propose(s.id(), new AnswerDraft("resolved", "Đã thu gom.", null, null), List.of());
        assertProblem(() -> rate(s.id(), 4), 409, "not-ratable");
        decide(s.id(), true, null);
        PublishedAnswer published = publication.publish(s.id());
        assertProblem(() -> rate(s.id(), 0), 400, "invalid-score");
        assertProblem(() -> rate(s.id(), 6), 400, "invalid-score");
        AnswerRating rating = rate(s.id(), 2);
        assertThat(rating.getUnitCode()).isEqualTo("ben-thanh");
        assertThat(ratings.isLow(rating.getScore())).isTrue();
        assertProblem(() -> rate(s.id(), 5), 409, "already-rated");

        Submitted late = submit("garbage", "Rác ùn ứ.", true);
        propose(late.id(), new AnswerDraft("resolved", "Đã thu gom.", null, null), List.of());
        decide(late.id(), true, null);
        Instant at = publication.publish(late.id()).getPublishedAt();
        ClockUtil.setCurrentTime(Date.from(at.plus(Duration.ofDays(7)).plusSeconds(1)));
        assertProblem(() -> rate(late.id(), 5), 409, "rating-window-closed");
        assertThat(ratings.of(late.id())).isEmpty();
        assertThat(published.getRound()).isEqualTo(1);
    }

    AnswerRating rate(long reportId, int score) {
        return transaction.execute(t -> ratings.rate(reports.findById(reportId).orElseThrow(),
                new RatingRequest(score, "ý kiến")));
    }

    String status(long id) {
        return jdbc.queryForObject("select status from report where id = ?", String.class, id);
    }

    static void assertProblem(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, int status, String slug) {
        assertThatThrownBy(call).isInstanceOfSatisfying(Refusal.class, p -> {
            assertThat(p.slug()).isEqualTo(slug);
            assertThat(vn.hcmc.feedback.system.ApiProblemHandler.status(p.reason()).value()).isEqualTo(status);
        });
    }
}
