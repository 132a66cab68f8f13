package vn.hcmc.feedback.citizen;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriUtils;
import vn.hcmc.feedback.answer.AnswerProperties;
import vn.hcmc.feedback.insight.MonthlyReports;
import vn.hcmc.feedback.insight.ReportingPeriod;
import vn.hcmc.feedback.report.TrackingCodes;

/**
 * The citizens' web page: Thymeleaf shells in Vietnamese or English (CitizenLocale) whose scripts
 * ({@code static/citizen/*.js}) call the public JSON API and put every text they receive into the page as text,
 * never as markup. No page needs JavaScript to show its headings and forms; the data comes from the API.
 */
@Controller
class CitizenPages {

    /** Every page path; CitizenPageSecurity gives them and their static files the page's security headers. */
    static final String[] PATHS = {"/", "/report", "/follow", "/reports/*", "/answers", "/surveys", "/surveys/*",
            "/campaigns", "/campaigns/*", "/monthly-reports", "/monthly-reports/*"};

    private final CitizenProperties map;
    private final AnswerProperties answers;

    private final MonthlyReports monthlyReports;

    CitizenPages(CitizenProperties map, AnswerProperties answers, MonthlyReports monthlyReports) {
        this.map = map;
        this.answers = answers;
        this.monthlyReports = monthlyReports;
    }

    /** The page's language, the other language's link (same page) and the map settings. */
    @ModelAttribute
    void common(Model model, Locale locale, HttpServletRequest request) {
        String lang = CitizenLocale.supported(locale).getLanguage();
        model.addAttribute("lang", lang);
        model.addAttribute("otherLang", "vi".equals(lang) ? "en" : "vi");
        model.addAttribute("path", request.getRequestURI());
        model.addAttribute("map", map);
    }

    @GetMapping("/")
    String home() {
        return "citizen/home";
    }

    @GetMapping("/report")
    String report(Model model) {
        model.addAttribute("usesMap", true);
        return "citizen/report";
    }

    /** The follow form; with {@code code}, straight to the report's page. */
    @GetMapping("/follow")
    String follow(@RequestParam(required = false) String code, Model model) {
        if (code != null && !code.isBlank()) {
            String normalised = TrackingCodes.normalise(code);
            if (TrackingCodes.isWellFormed(normalised)) {
                return "redirect:/reports/" + UriUtils.encodePathSegment(normalised, "UTF-8");
            }
            model.addAttribute("code", code.strip());
            model.addAttribute("codeInvalid", true);
        }
        return "citizen/follow";
    }

    /** A report's page: public by its code; private with the token in the link's fragment (#token=…). */
    @GetMapping("/reports/{trackingCode}")
    String track(@PathVariable String trackingCode, Model model) {
        model.addAttribute("trackingCode", TrackingCodes.normalise(trackingCode));
        model.addAttribute("lowScore", answers.lowScore());
        model.addAttribute("ratingDays", answers.ratingWindow().toDays());
        return "citizen/track";
    }

    @GetMapping("/answers")
    String answers(Model model) {
        model.addAttribute("usesMap", true);
        return "citizen/answers";
    }

    /** The city's published monthly reports: the latest, or the month asked for; 404 for one not published. */
    @GetMapping({"/monthly-reports", "/monthly-reports/{month}"})
    String monthly(@PathVariable(required = false) String month, Model model) {
        java.util.List<java.time.YearMonth> published = monthlyReports.published();
        java.time.YearMonth chosen;
        try {
            chosen = month == null ? (published.isEmpty() ? null : published.get(0)) : java.time.YearMonth.parse(month);
        } catch (java.time.format.DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No page " + month);
        }
        MonthlyReports.MonthlyReport report = chosen == null ? null : monthlyReports.find(chosen)
                .filter(r -> r.status() == MonthlyReports.Status.PUBLISHED)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No published report " + month));
        model.addAttribute("report", report);
        model.addAttribute("months", published);
        model.addAttribute("publishedAt", report == null ? null : ReportingPeriod.local(report.publishedAt()));
        return "citizen/monthly";
    }

    @GetMapping("/surveys")
    String surveys() {
        return "citizen/surveys";
    }

    @GetMapping("/surveys/{id}")
    String survey(@PathVariable String id, Model model) {
        model.addAttribute("surveyId", number(id));
        return "citizen/survey";
    }

    @GetMapping("/campaigns")
    String campaigns() {
        return "citizen/campaigns";
    }

    @GetMapping("/campaigns/{id}")
    String campaign(@PathVariable String id, Model model) {
        model.addAttribute("campaignId", number(id));
        return "citizen/campaign";
    }

    private static long number(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No page " + id);
        }
    }
}
