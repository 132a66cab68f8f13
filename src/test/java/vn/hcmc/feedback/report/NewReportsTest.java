package vn.hcmc.feedback.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The JDBC insert of a new report writes what JPA reads back, and knows every column of the table. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NewReportsTest {

    @Autowired
    NewReports newReports;
    @Autowired
    ReportRepository reports;
    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    TrackingCodes trackingCodes;

    @Test
    void everyColumnOfTheTableIsWritten() throws SQLException {
        List<String> columns = new ArrayList<>();
        try (var connection = dataSource.getConnection()) {
            var metaData = connection.getMetaData();
            String table = metaData.storesUpperCaseIdentifiers() ? "REPORT" : "report";
            try (var rs = metaData.getColumns(connection.getCatalog(), connection.getSchema(), table, null)) {
                while (rs.next()) {
                    columns.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        assertThat(columns).as("columns of table report").contains("id", "tracking_code");
        columns.remove("id");
        assertThat(NewReports.COLUMNS).containsExactlyInAnyOrderElementsOf(columns);
    }

    @Test
    void whatIsInsertedIsWhatJpaReads() {
        Instant receivedAt = Instant.parse("2026-03-02T01:02:03.456Z");
        String code = trackingCodes.next(receivedAt);
        Report report = new Report(code, "f".repeat(64), receivedAt);
        report.describe("Tiêu đề", "Đèn đường hỏng cả tuần nay ở hẻm 42.", "lighting", "42 Lê Lợi", "en", false);
        report.namedWard("ben-thanh");
        report.locate(10.7725, 106.698, "CITIZEN");
        report.reporter("Nguyễn Văn A", "a@example.vn", "0901234567", "mail:a@example.vn", true);
        report.attachmentText("văn bản đính kèm");
        report.idempotency("key-" + code, "a".repeat(64));

        long id = new TransactionTemplate(transactionManager).execute(status -> newReports.insert(report));

        Report read = reports.findById(id).orElseThrow();
        assertThat(read).usingRecursiveComparison().ignoringFields("id").isEqualTo(report);
        assertThat(read.getReceivedAt()).isEqualTo(receivedAt.truncatedTo(ChronoUnit.MICROS));
        assertThat(read.getStatus()).isEqualTo(ReportStatus.RECEIVED);
    }
}
