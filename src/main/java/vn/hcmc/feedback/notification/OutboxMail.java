package vn.hcmc.feedback.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One mail in the outbox: written PENDING by the business step that wants it (once per dedup key, i.e. per business
 * event and recipient), sent by the delivery job, then SENT. Failed attempts are counted, the last error is kept.
 */
@Entity
@Table(name = "notification")
public class OutboxMail {

    public enum Status { PENDING, SENT }

    static final int MAX_SUBJECT = 500;
    static final int MAX_BODY = 50000;
    static final int MAX_ERROR = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dedup_key", nullable = false, unique = true, length = 300)
    private String dedupKey;

    @Column(nullable = false, length = 320)
    private String recipient;

    @Column(nullable = false, length = MAX_SUBJECT)
    private String subject;

    @Column(nullable = false, length = MAX_BODY)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = MAX_ERROR)
    private String lastError;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutboxMail() {
    }

    OutboxMail(String dedupKey, String recipient, String subject, String body, Instant createdAt) {
        if (body.length() > MAX_BODY) {
            throw new IllegalArgumentException("Mail " + dedupKey + " has a body of " + body.length()
                    + " characters, more than " + MAX_BODY);
        }
        this.dedupKey = dedupKey;
        this.recipient = recipient;
        this.subject = truncate(subject, MAX_SUBJECT);
        this.body = body;
        this.status = Status.PENDING;
        this.createdAt = createdAt;
    }

    /** Sent: the outbox keeps the mail's text without any private link's access token (the citizen has it now). */
    void sent(Instant at) {
        attempts++;
        status = Status.SENT;
        sentAt = at;
        lastError = null;
        body = PRIVATE_LINK_TOKEN.matcher(body).replaceAll("#token=…");
    }

    /** The access token in a private link ({@code /reports/{code}#token=…}). */
    static final java.util.regex.Pattern PRIVATE_LINK_TOKEN = java.util.regex.Pattern.compile("#token=[A-Za-z0-9_-]+");

    void failed(String error) {
        attempts++;
        lastError = truncate(error == null ? "(no message)" : error, MAX_ERROR);
    }

    static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    public Long getId() { return id; }
    public String getDedupKey() { return dedupKey; }
    public String getRecipient() { return recipient; }
    public String getSubject() { return subject; }
    public String getBody() { return body; }
    public Status getStatus() { return status; }
    public Instant getCreatedAt() { return createdAt; }
    public int getAttempts() { return attempts; }
    public String getLastError() { return lastError; }
    public Instant getSentAt() { return sentAt; }
}
