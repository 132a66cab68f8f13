package vn.hcmc.feedback.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hcmc.feedback.attachment.AttachmentInspector;
import vn.hcmc.feedback.attachment.Attachments;
import vn.hcmc.feedback.attachment.IncomingFile;
import vn.hcmc.feedback.attachment.InspectedFile;
import vn.hcmc.feedback.directory.UnitDirectory;
import vn.hcmc.feedback.security.RateLimits;
import vn.hcmc.feedback.system.Refusal;
import vn.hcmc.feedback.system.TextInput;

/**
 * Takes in a citizen's report: checks everything first (fields, reference codes, idempotency, attachments), then
 * stores the report, its files and starts its process in one transaction. Nothing is stored on any error. The rest
 * (the history's first row, triage, the receipt) is the process's first job, so the request stays short.
 */
@Service
public class ReportIntake {

    private static final Logger log = LoggerFactory.getLogger(ReportIntake.class);

    static final java.util.regex.Pattern IDEMPOTENCY_KEY = java.util.regex.Pattern.compile("[\\x21-\\x7E]{1,200}");

    private final ReportRepository reports;
    private final NewReports newReports;
    private final Attachments attachments;
    private final AttachmentInspector inspector;
    private final UnitDirectory directory;
    private final TrackingCodes trackingCodes;
    private final AccessTokens accessTokens;
    private final ReceiptLinks receiptLinks;
    private final ReportWorkflow workflow;
    private final ObjectMapper objectMapper;
    private final RateLimits rateLimits;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public ReportIntake(ReportRepository reports, NewReports newReports, Attachments attachments,
                        AttachmentInspector inspector, UnitDirectory directory, TrackingCodes trackingCodes, AccessTokens accessTokens,
                        ReceiptLinks receiptLinks, ReportWorkflow workflow, ObjectMapper objectMapper,
                        RateLimits rateLimits, PlatformTransactionManager transactionManager, Clock clock) {
        this.receiptLinks = receiptLinks;
        this.reports = reports;
        this.newReports = newReports;
        this.attachments = attachments;
        this.inspector = inspector;
        this.directory = directory;
        this.trackingCodes = trackingCodes;
        this.accessTokens = accessTokens;
        this.workflow = workflow;
        this.objectMapper = objectMapper;
        this.rateLimits = rateLimits;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** The result, and whether it repeats an earlier answer for the same Idempotency-Key. */
    public record Outcome(ReportSubmitted submitted, boolean replayed) {
    }

    public Outcome submit(ReportRequest request, List<IncomingFile> files, String idempotencyKey) {
        String key = checkIdempotencyKey(idempotencyKey);
        ReportRequest clean = checkFields(request);
        // only a request that may be retried needs its fingerprint
        String requestHash = key == null ? null : requestHash(clean, files);
        if (key != null) {
            Optional<Outcome> earlier = replay(key, requestHash);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        // a retry with its key was answered above; a new report counts against its contact's allowance
        String contact = clean.reporter() == null ? null : contactKey(clean.reporter());
        if (contact != null) {
            rateLimits.take(RateLimits.Kind.REPORTS_PER_CONTACT, contact);
        }
        List<InspectedFile> inspected = inspector.inspect(files);
        for (int attempt = 1; ; attempt++) {
            try {
                return new Outcome(transaction.execute(status -> store(clean, inspected, key, requestHash)), false);
            } catch (DataIntegrityViolationException e) {
                // The same key was stored by a concurrent request in the meantime, or the random tracking code was
                // taken (with n codes given this year, n in 887 million: 1 in 8,900 at 100,000 reports): the unique
                // constraints decide, and nothing of this attempt remains.
                if (key != null) {
                    Optional<Outcome> earlier = replay(key, requestHash);
                    if (earlier.isPresent()) {
                        return earlier.get();
                    }
                }
                if (attempt == 3) {
                    throw e;
                }
                // visible in the log, so that a year's codes running short (31^6) shows before it hurts
                log.info("Report not stored on attempt {} (a unique value was taken: {}); trying again with a new "
                        + "tracking code", attempt, e.getMostSpecificCause().getMessage());
            }
        }
    }

    private ReportSubmitted store(ReportRequest request, List<InspectedFile> files, String key, String requestHash) {
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        String trackingCode = trackingCodes.next(now);
        String token = key == null ? accessTokens.newToken() : accessTokens.tokenForIdempotentRequest(key, requestHash);
        Report report = new Report(trackingCode, AccessTokens.hash(token), now);
        report.describe(blankToNull(request.title()), request.description().strip(), blankToNull(request.category()),
                blankToNull(request.address()), language(request.language()),
                request.publicVisible() == null || request.publicVisible());
        report.namedWard(blankToNull(request.wardCode()));
        if (request.location() != null) {
            report.locate(request.location().lat(), request.location().lon(), "CITIZEN");
        } else {
            files.stream().map(InspectedFile::gps).filter(java.util.Objects::nonNull).findFirst()
                    .ifPresent(gps -> report.locate(gps.lat(), gps.lon(), "PHOTO"));
        }
        ReportRequest.Reporter reporter = request.reporter();
        if (reporter != null) {
            // The per-contact hourly count is made by triage, in its asynchronous job (ReportTriage), to keep
            // the request short; it counts the rows stored here.
            report.reporter(blankToNull(reporter.name()), blankToNull(reporter.email()),
                    blankToNull(reporter.phone()), contactKey(reporter), false);
        }
        String text = files.stream().map(InspectedFile::text).filter(t -> t != null && !t.isBlank())
                .reduce((a, b) -> a + "\n" + b).orElse(null);
        report.attachmentText(text == null ? null : text.length() > 20000 ? text.substring(0, 20000) : text);
        report.idempotency(key, requestHash);
        long reportId = newReports.insert(report);
        if (report.getReporterEmail() != null) {
            receiptLinks.keep(reportId, token, now); // for the private link in the receipt mail
        }
        attachments.store(reportId, files, now);
        workflow.start(reportId, trackingCode);
        return new ReportSubmitted(trackingCode, token, ReportStatus.RECEIVED.name(), now);
    }

    private Optional<Outcome> replay(String key, String requestHash) {
        return reports.findByIdempotencyKey(key).map(earlier -> {
            if (!earlier.getRequestHash().equals(requestHash)) {
                throw Refusal.conflict("idempotency-key-reused", "The Idempotency-Key " + key
                        + " was used before with a different request; use a new key for a new report.");
            }
            return new Outcome(new ReportSubmitted(earlier.getTrackingCode(),
                    accessTokens.tokenForIdempotentRequest(key, requestHash), ReportStatus.RECEIVED.name(),
                    earlier.getReceivedAt()), true);
        });
    }

    private static String checkIdempotencyKey(String key) {
        if (key == null) {
            return null;
        }
        if (!IDEMPOTENCY_KEY.matcher(key).matches()) {
            throw Refusal.invalid("invalid-idempotency-key",
                    "The Idempotency-Key header must be 1 to 200 visible ASCII characters (e.g. a UUID).");
        }
        return key;
    }

    private ReportRequest checkFields(ReportRequest request) {
        if (request.category() != null && !request.category().isBlank() && !directory.isCategory(request.category())) {
            throw Refusal.invalid("unknown-category", "'" + request.category()
                    + "' is not a category code; see GET /api/categories.");
        }
        if (request.wardCode() != null && !request.wardCode().isBlank()
                && directory.unit(request.wardCode()).filter(u -> u.kind().isCommuneLevel()).isEmpty()) {
            throw Refusal.invalid("unknown-ward", "'" + request.wardCode()
                    + "' is not the code of a ward, commune or special zone; see GET /api/units.");
        }
        if (request.language() != null && !request.language().isBlank()
                && !List.of("vi", "en").contains(request.language())) {
            throw Refusal.invalid("unsupported-language", "language must be 'vi' or 'en'.");
        }
        if (TextInput.visibleLength(request.description()) < 10) {
            throw Refusal.invalid("description-too-short",
                    "The description needs at least 10 visible characters (spaces and invisible characters such "
                            + "as zero-width spaces do not count).");
        }
        return request;
    }

    private String requestHash(ReportRequest request, List<IncomingFile> files) {
        try {
            StringBuilder canonical = new StringBuilder(objectMapper.writeValueAsString(request));
            for (IncomingFile file : files) {
                canonical.append('\n').append(HexFormat.of().formatHex(AccessTokens.sha256(file.content())));
            }
            return HexFormat.of().formatHex(AccessTokens.sha256(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** E-mail (lower case) if given, else the phone's digits in national form. */
    static String contactKey(ReportRequest.Reporter reporter) {
        if (reporter.email() != null && !reporter.email().isBlank()) {
            return "mail:" + reporter.email().trim().toLowerCase(Locale.ROOT);
        }
        if (reporter.phone() != null && !reporter.phone().isBlank()) {
            String digits = reporter.phone().replaceAll("\\D", "");
            if (digits.startsWith("84")) {
                digits = "0" + digits.substring(2);
            }
            return "tel:" + digits;
        }
        return null;
    }

    private static String language(String language) {
        return language == null || language.isBlank() ? "vi" : language;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
