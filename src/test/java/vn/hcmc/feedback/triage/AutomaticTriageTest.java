package vn.hcmc.feedback.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hcmc.feedback.directory.Unit;

class AutomaticTriageTest {

    private final AutomaticTriage triage = TriageFixture.TRIAGE;

    private static TriageInput report(String description) {
        return new TriageInput(null, description, null, null, null);
    }

    @Test
    void aClearReportWithAKnownWardIsRoutedAutomatically() {
        TriageOutcome outcome = triage.triage(report("Rác tồn 3 ngày chưa thu gom ở đầu hẻm, bốc mùi hôi"),
                "ben-thanh", null, null);
        assertThat(outcome.category()).isEqualTo("garbage");
        assertThat(outcome.ward()).map(Unit::code).contains("ben-thanh");
        assertThat(outcome.manual()).isFalse();
        assertThat(outcome.manualReasons()).isEmpty();
        assertThat(outcome.urgent()).isFalse();
        assertThat(outcome.spamSuspected()).isFalse();
        assertThat(outcome.complaintOrDenunciation()).isFalse();
    }

    @Test
    void theWardComesFromTheCodeThenTheLocationThenTheAddressThenTheText() {
        TriageInput input = new TriageInput("Rác ở P. Tân Định", "Rác tồn đọng, xe thu gom không đến, phường Bàn Cờ",
                null, null, "12 Lê Lai, phường Sài Gòn");
        assertThat(code(triage.triage(input, "cu-chi", 10.7725, 106.6980))).isEqualTo("cu-chi");
        assertThat(code(triage.triage(input, "sawaco", 10.7725, 106.6980))).as("a utility is no ward")
                .isEqualTo("ben-thanh");
        assertThat(code(triage.triage(input, "no-such-unit", null, null))).isEqualTo("sai-gon");
        assertThat(code(triage.triage(input, null, 21.03, 105.85))).as("outside every ward: the address")
                .isEqualTo("sai-gon");
        TriageInput noAddress = new TriageInput(input.title(), input.description(), null, null, null);
        assertThat(code(triage.triage(noAddress, null, null, null))).isEqualTo("tan-dinh");
        TriageInput bodyOnly = new TriageInput(null, input.description(), null, null, null);
        assertThat(code(triage.triage(bodyOnly, null, null, null))).isEqualTo("ban-co");
    }

    @Test
    void aWardCategoryWithoutAWardGoesToAPersonButACityCategoryDoesNot() {
        TriageOutcome garbage = triage.triage(report("Rác tồn 3 ngày chưa thu gom ở đầu hẻm, bốc mùi hôi"),
                null, null, null);
        assertThat(garbage.manualReasons()).containsExactly(AutomaticTriage.WARD_UNKNOWN);
        assertThat(garbage.ward()).isEmpty();
        TriageOutcome water = triage.triage(report("Mất nước 2 ngày không thông báo, nước máy không chảy"),
                null, 10.2, 107.6);
        assertThat(water.category()).isEqualTo("water_supply");
        assertThat(water.manual()).isFalse();
        TriageOutcome other = triage.triage(report("Xin cảm ơn các anh công an đã giúp tìm lại xe"), null, null, null);
        assertThat(other.category()).isEqualTo("other");
        assertThat(other.manualReasons()).contains(AutomaticTriage.WARD_UNKNOWN);
    }

    @Test
    void anUnclearReportGoesToAPersonForLowConfidence() {
        TriageOutcome outcome = triage.triage(report("Xin chào, nhờ xem giúp chuyện ở khu phố tôi"), "ben-thanh",
                null, null);
        assertThat(outcome.category()).isEqualTo("other");
        assertThat(outcome.confidence()).isZero();
        assertThat(outcome.manualReasons()).containsExactly(AutomaticTriage.LOW_CONFIDENCE);
    }

    @Test
    void spamAndComplaintsGoToAPerson() {
        TriageOutcome spam = triage.triage(report("Vay tiền nhanh, giải ngân trong ngày http://vay.xyz "
                + "https://nhanh.top"), "ben-thanh", null, null);
        assertThat(spam.spamSuspected()).isTrue();
        assertThat(spam.manualReasons()).contains(AutomaticTriage.SPAM_SUSPECTED);
        TriageOutcome complaint = triage.triage(report("Tôi khiếu nại quyết định xử phạt về trật tự xây dựng "
                + "của phường đối với nhà tôi"), "ben-thanh", null, null);
        assertThat(complaint.complaintOrDenunciation()).isTrue();
        assertThat(complaint.manualReasons()).containsExactly(AutomaticTriage.COMPLAINT_OR_DENUNCIATION);
    }

    @Test
    void urgencyIsReportedEvenWhenAPersonMustTriage() {
        TriageOutcome outcome = triage.triage(report("Dây điện đứt rơi xuống đường, tóe lửa, rất nguy hiểm"),
                null, null, null);
        assertThat(outcome.urgent()).isTrue();
        assertThat(outcome.manualReasons()).isEqualTo(List.copyOf(outcome.manualReasons()));
    }

    private static String code(TriageOutcome outcome) {
        return outcome.ward().map(Unit::code).orElse(null);
    }
}
