package vn.hcmc.feedback.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The record that a mail for one business event and one recipient has been sent. */
@Entity
@Table(name = "notification")
public class SentNotification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dedup_key", nullable = false, unique = true, length = 300)
    private String dedupKey;

    @Column(nullable = false, length = 320)
    private String recipient;

    @Column(nullable = false, length = 500)
    private String subject;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected SentNotification() {
    }

    public SentNotification(String dedupKey, String recipient, String subject, Instant sentAt) {
        this.dedupKey = dedupKey;
        this.recipient = recipient;
        this.subject = subject;
        this.sentAt = sentAt;
    }

    public Long getId() {
        return id;
    }

    public String getDedupKey() {
        return dedupKey;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
