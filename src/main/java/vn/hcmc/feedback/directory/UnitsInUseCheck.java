package vn.hcmc.feedback.directory;

import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * At start, before the identity sync: every unit that reports not yet finished are assigned to must still be in
 * units.yaml. A unit removed or renamed there while its reports are open would leave them with nobody to answer,
 * remind or escalate to; start-up stops instead, naming the codes and how many reports each still has.
 */
@Component
@Order(-1)
class UnitsInUseCheck implements ApplicationRunner {

    private final JdbcTemplate jdbc;
    private final UnitDirectory directory;

    UnitsInUseCheck(JdbcTemplate jdbc, UnitDirectory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    @Override
    public void run(ApplicationArguments args) {
        Map<String, Long> missing = new TreeMap<>();
        jdbc.query("select unit_code, count(*) from report where unit_code is not null"
                        + " and status not in ('CLOSED', 'REJECTED') group by unit_code",
                row -> {
                    String code = row.getString(1);
                    if (!directory.isUnit(code)) {
                        missing.put(code, row.getLong(2));
                    }
                });
        if (!missing.isEmpty()) {
            throw new ReferenceDataException("Reference data file units.yaml no longer lists the units " + missing
                    + " (unit code = open reports assigned to it). Add them back, or close or transfer their reports"
                    + " first; a removed unit's reports would have nobody to answer them.");
        }
    }
}
