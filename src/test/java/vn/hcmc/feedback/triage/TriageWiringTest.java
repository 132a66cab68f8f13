package vn.hcmc.feedback.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.hcmc.feedback.directory.Unit;

/** The triage services as the application wires them (reference files, min-confidence property). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TriageWiringTest {

    @Autowired
    AutomaticTriage triage;

    @Autowired
    TriageProperties properties;

    @Test
    void triagesAReportInTheApplication() {
        TriageOutcome outcome = triage.triage(new TriageInput("Cây đổ chắn ngang đường",
                "Cây bàng lớn bật gốc đổ chắn ngang đường, đè lên dây điện, cần cây xanh đến ngay", null, null,
                null), null, 10.7725, 106.6980);
        assertThat(outcome.category()).isEqualTo("trees");
        assertThat(outcome.urgent()).isTrue();
        assertThat(outcome.ward()).map(Unit::code).contains("ben-thanh");
        assertThat(outcome.manual()).isFalse();
        assertThat(properties.minConfidence()).isEqualTo(Double.parseDouble(TriageProperties.DEFAULT_MIN_CONFIDENCE));
    }
}
