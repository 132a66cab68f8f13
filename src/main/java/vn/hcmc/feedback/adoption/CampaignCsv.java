package vn.hcmc.feedback.adoption;

import java.util.List;
import java.util.Locale;

/** CSV exports (RFC 4180, UTF-8 with a byte-order mark so that spreadsheets show Vietnamese correctly). */
final class CampaignCsv {

    static String ranking(CampaignViews.RankingView ranking) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        row(csv, List.of("position", "unit_code", "unit_name", "reported", "headcount", "staff_installed",
                "staff_rate_percent", "residents_reached", "first_reached_at", "commended"));
        for (CampaignViews.Place p : ranking.places()) {
            row(csv, List.of(String.valueOf(p.position()), p.unitCode(), p.nameVi(), String.valueOf(p.reported()),
                    text(p.headcount()), text(p.staffInstalled()),
                    p.staffRate() == null ? "" : String.format(Locale.ROOT, "%.2f", p.staffRate()),
                    text(p.residentsReached()), text(p.firstReachedAt()), String.valueOf(p.commended())));
        }
        return csv.toString();
    }

    static String progress(CampaignViews.Progress progress) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        row(csv, List.of("unit_code", "unit_name", "period", "period_end", "reported_at", "headcount",
                "staff_installed", "staff_rate_percent", "residents_reached", "note"));
        for (CampaignViews.UnitProgress unit : progress.units()) {
            for (CampaignViews.PeriodFigures r : unit.reports()) {
                row(csv, List.of(unit.unitCode(), unit.nameVi(), String.valueOf(r.periodNo()), text(r.periodEnd()),
                        text(r.reportedAt()), String.valueOf(r.headcount()), String.valueOf(r.staffInstalled()),
                        String.format(Locale.ROOT, "%.2f", r.staffRate()), String.valueOf(r.residentsReached()),
                        r.note() == null ? "" : r.note()));
            }
        }
        return csv.toString();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static void row(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(escape(cells.get(i)));
        }
        csv.append("\r\n");
    }

    static String escape(String cell) {
        String safe = cell;
        // A cell a spreadsheet would run as a formula is quoted as text.
        if (!safe.isEmpty() && "=+-@".indexOf(safe.charAt(0)) >= 0 && !safe.matches("-?[0-9.]+")) {
            safe = "'" + safe;
        }
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }

    private CampaignCsv() {
    }
}
