package vn.hcmc.feedback.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A citizen's report: what they sent, and where triage and handling have taken it. */
@Entity
@Table(name = "report")
public class Report {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "tracking_code", nullable = false, unique = true, length = 20)
    private String trackingCode;

    @Column(name = "access_token_hash", nullable = false, length = 64)
    private String accessTokenHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ReportStatus status;

    @Column(length = 200)
    private String title;

    @Column(nullable = false, length = 5000)
    private String description;

    @Column(name = "citizen_category", length = 40)
    private String citizenCategory;

    @Column(length = 40)
    private String category;

    @Column(name = "category_confidence")
    private Double categoryConfidence;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Priority priority;

    @Column(name = "unit_code", length = 60)
    private String unitCode;

    /** The ward the citizen named (wardCode). */
    @Column(name = "ward_code", length = 60)
    private String wardCode;

    /** The ward triage found (given, from the location, or from the text). */
    @Column(name = "located_ward_code", length = 60)
    private String locatedWardCode;

    private Double lat;
    private Double lon;

    @Column(name = "location_source", length = 10)
    private String locationSource;

    @Column(length = 500)
    private String address;

    @Column(name = "reporter_name", length = 200)
    private String reporterName;

    @Column(name = "reporter_email", length = 320)
    private String reporterEmail;

    @Column(name = "reporter_phone", length = 30)
    private String reporterPhone;

    /** Normalised e-mail or phone, for the per-contact rate limit. */
    @Column(name = "contact_key", length = 320)
    private String contactKey;

    /** The contact sent more reports in the last hour than allowed: spam suspected. */
    @Column(name = "contact_flood", nullable = false)
    private boolean contactFlood;

    @Column(name = "public_visible", nullable = false)
    private boolean publicVisible;

    @Column(nullable = false, length = 2)
    private String language;

    /** Text extracted from attached PDFs (bounded), read by triage. */
    @Column(name = "attachment_text", length = 20000)
    private String attachmentText;

    /** AUTO or MANUAL. */
    @Column(name = "triage_mode", length = 10)
    private String triageMode;

    @Column(nullable = false)
    private boolean urgent;

    /** Why a person must triage it, comma-separated. */
    @Column(name = "manual_reasons", length = 300)
    private String manualReasons;

    @Column(name = "duplicate_of_id")
    private Long duplicateOfId;

    @Enumerated(EnumType.STRING)
    @Column(name = "rejection_reason", length = 40)
    private RejectionReason rejectionReason;

    @Column(name = "rejection_note", length = 2000)
    private String rejectionNote;

    @Column(name = "idempotency_key", length = 200, unique = true)
    private String idempotencyKey;

    @Column(name = "request_hash", length = 64)
    private String requestHash;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    /** The running handling's acceptance and answer deadlines (the engine's acceptDueAt and answerDueAt). */
    @Column(name = "accept_due_at")
    private Instant acceptDueAt;

    @Column(name = "answer_due_at")
    private Instant answerDueAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Report() {
    }

    public Report(String trackingCode, String accessTokenHash, Instant receivedAt) {
        this.trackingCode = trackingCode;
        this.accessTokenHash = accessTokenHash;
        this.receivedAt = receivedAt;
        this.updatedAt = receivedAt;
        this.status = ReportStatus.RECEIVED;
        this.language = "vi";
        this.publicVisible = true;
    }

    // --- what the citizen sent ---

    public void describe(String title, String description, String citizenCategory, String address, String language,
                         boolean publicVisible) {
        this.title = title;
        this.description = description;
        this.citizenCategory = citizenCategory;
        this.address = address;
        this.language = language;
        this.publicVisible = publicVisible;
    }

    public void locate(Double lat, Double lon, String source) {
        this.lat = lat;
        this.lon = lon;
        this.locationSource = source;
    }

    public void namedWard(String wardCode) {
        this.wardCode = wardCode;
    }

    public void reporter(String name, String email, String phone, String contactKey, boolean contactFlood) {
        this.reporterName = name;
        this.reporterEmail = email;
        this.reporterPhone = phone;
        this.contactKey = contactKey;
        this.contactFlood = contactFlood;
    }

    /** More reports from this contact within the hour than allowed: spam suspected. */
    public void markContactFlood() {
        this.contactFlood = true;
    }

    public void idempotency(String key, String requestHash) {
        this.idempotencyKey = key;
        this.requestHash = requestHash;
    }

    public void attachmentText(String text) {
        this.attachmentText = text;
    }

    // --- triage and routing ---

    public void triaged(String category, double confidence, boolean urgent, String locatedWardCode,
                        List<String> manualReasons, Instant at) {
        this.category = category;
        this.categoryConfidence = confidence;
        this.urgent = urgent;
        this.locatedWardCode = locatedWardCode;
        this.manualReasons = manualReasons.isEmpty() ? null : String.join(",", manualReasons);
        this.triageMode = manualReasons.isEmpty() ? "AUTO" : "MANUAL";
        if (urgent) {
            this.priority = Priority.URGENT;
        }
        this.status = manualReasons.isEmpty() ? ReportStatus.RECEIVED : ReportStatus.TRIAGE;
        this.updatedAt = at;
    }

    public void markDuplicateOf(Report original, Instant at) {
        this.duplicateOfId = original.getId();
        this.status = ReportStatus.DUPLICATE;
        this.updatedAt = at;
    }

    /** The triage desk's decision to route: category and priority as the officer set them. */
    public void triagedByOfficer(String category, Priority priority, Instant at) {
        this.category = category;
        if (priority != null) {
            this.priority = priority;
        }
        this.triageMode = "MANUAL";
        this.updatedAt = at;
    }

    public void reject(RejectionReason reason, String note, Instant at) {
        this.rejectionReason = reason;
        this.rejectionNote = note;
        this.triageMode = "MANUAL";
        this.status = ReportStatus.REJECTED;
        this.updatedAt = at;
    }

    public void assign(String unitCode, Priority priority, Instant at) {
        this.unitCode = unitCode;
        this.priority = priority;
        this.status = ReportStatus.ASSIGNED;
        this.updatedAt = at;
    }

    // --- handling under deadlines ---

    /** The unit asked the citizen for information: the deadline clock is paused. */
    public void awaitInformation(Instant at) {
        this.status = ReportStatus.AWAITING_INFORMATION;
        this.updatedAt = at;
    }

    /** Back with the unit: after the citizen's information, or while the unit works on it. */
    public void backToUnit(Instant at) {
        this.status = ReportStatus.ASSIGNED;
        this.updatedAt = at;
    }

    /** The third transfer: the triage desk chooses the unit. */
    public void backToTriage(Instant at) {
        this.status = ReportStatus.TRIAGE;
        this.updatedAt = at;
    }

    /** The unit proposed an answer, which awaits approval. */
    public void answerProposed(Instant at) {
        this.status = ReportStatus.ANSWER_IN_APPROVAL;
        this.updatedAt = at;
    }

    public void close(Instant at) {
        this.status = ReportStatus.CLOSED;
        this.updatedAt = at;
    }

    /** The answer half moves the report on: ANSWER_IN_APPROVAL, back to ASSIGNED, ANSWERED, REOPENED, CLOSED. */
    /** The deadlines the handling runs under, as set and moved in the engine. */
    public void scheduled(Instant acceptDueAt, Instant answerDueAt) {
        this.acceptDueAt = acceptDueAt;
        this.answerDueAt = answerDueAt;
    }

    public void moveTo(ReportStatus status, Instant at) {
        this.status = status;
        this.updatedAt = at;
    }

    public List<String> manualReasonList() {
        return manualReasons == null ? List.of() : Arrays.asList(manualReasons.split(","));
    }

    /** Anonymous: no name, e-mail or phone. */
    public boolean isAnonymous() {
        return reporterName == null && reporterEmail == null && reporterPhone == null;
    }

    public Long getId() { return id; }
    public String getTrackingCode() { return trackingCode; }
    public String getAccessTokenHash() { return accessTokenHash; }
    public ReportStatus getStatus() { return status; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public String getCitizenCategory() { return citizenCategory; }
    public String getCategory() { return category; }
    public Double getCategoryConfidence() { return categoryConfidence; }
    public Priority getPriority() { return priority; }
    public String getUnitCode() { return unitCode; }
    public String getWardCode() { return wardCode; }
    public String getLocatedWardCode() { return locatedWardCode; }
    public Double getLat() { return lat; }
    public Double getLon() { return lon; }
    public String getLocationSource() { return locationSource; }
    public String getAddress() { return address; }
    public String getReporterName() { return reporterName; }
    public String getReporterEmail() { return reporterEmail; }
    public String getReporterPhone() { return reporterPhone; }
    public String getContactKey() { return contactKey; }
    public boolean isContactFlood() { return contactFlood; }
    public boolean isPublicVisible() { return publicVisible; }
    public String getLanguage() { return language; }
    public String getAttachmentText() { return attachmentText; }
    public String getTriageMode() { return triageMode; }
    public boolean isUrgent() { return urgent; }
    /** The manual reasons as stored, comma-separated (see {@link #manualReasonList()}). */
    String getManualReasons() { return manualReasons; }
    public Long getDuplicateOfId() { return duplicateOfId; }
    public RejectionReason getRejectionReason() { return rejectionReason; }
    public String getRejectionNote() { return rejectionNote; }
    public String getIdempotencyKey() { return idempotencyKey; }
    public String getRequestHash() { return requestHash; }
    public Instant getReceivedAt() { return receivedAt; }
    public Instant getAcceptDueAt() { return acceptDueAt; }
    public Instant getAnswerDueAt() { return answerDueAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
