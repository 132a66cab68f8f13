package vn.hcmc.feedback.open311;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An application allowed to submit reports through Open311 (a city app, FixMyStreet, a partner's system), with the
 * SHA-256 hash of its API key. A revoked application keeps its row (its reports still name it).
 */
@Entity
@Table(name = "open311_client")
public class ClientApplication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, length = 100)
    private String name;
    @Column(length = 320)
    private String contact;
    @Column(name = "key_hash", nullable = false, length = 64)
    private String keyHash;
    @Column(name = "key_prefix", nullable = false, length = 8)
    private String keyPrefix;
    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "revoked_by", length = 100)
    private String revokedBy;
    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ClientApplication() {
    }

    ClientApplication(String name, String contact, String keyHash, String keyPrefix, String createdBy,
                      Instant createdAt) {
        this.name = name;
        this.contact = contact;
        this.keyHash = keyHash;
        this.keyPrefix = keyPrefix;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void revoke(String by, Instant at) {
        this.revokedBy = by;
        this.revokedAt = at;
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getContact() { return contact; }
    public String getKeyHash() { return keyHash; }
    public String getKeyPrefix() { return keyPrefix; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public String getRevokedBy() { return revokedBy; }
    public Instant getRevokedAt() { return revokedAt; }
}
