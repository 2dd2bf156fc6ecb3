package dev.guanxi.shared.jpa;

import dev.guanxi.shared.security.CurrentActor;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * What every business record carries (id, version for optimistic locking, who created and changed it
 * when). Ids are generated here, so a new record knows its id before it is saved.
 */
@MappedSuperclass
public abstract class RecordBase {

    @Id
    private UUID id = UuidV7.next();

    @Version
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", updatable = false)
    private UUID createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by")
    private UUID updatedBy;

    @PrePersist
    void beforeInsert() {
        if (createdAt == null) {
            Instant now = Instant.now();
            createdAt = now;
            updatedAt = now;
        }
        createdBy = CurrentActor.idOrNull();
        updatedBy = createdBy;
    }

    /**
     * For a record of the past — imported from another system, or the demo company's history: it was
     * created, and last changed, then rather than now. Only before the record is first saved; the
     * change history (Envers) still shows when and by whom it was actually written.
     */
    protected void backdate(Instant createdAt, Instant lastChangedAt) {
        if (this.createdAt != null) {
            throw new IllegalStateException("A saved record keeps its creation time");
        }
        if (createdAt == null || lastChangedAt == null || lastChangedAt.isBefore(createdAt)) {
            throw new IllegalArgumentException("A record is changed after it is created: " + createdAt + ", " + lastChangedAt);
        }
        this.createdAt = createdAt;
        this.updatedAt = lastChangedAt;
    }

    @PreUpdate
    void beforeUpdate() {
        updatedAt = Instant.now();
        updatedBy = CurrentActor.idOrNull();
    }

    /** Refuses to apply a change made to an older version than the one stored (no lost update). */
    public void requireVersion(Long expected) {
        if (expected != null && expected != version) {
            throw new dev.guanxi.shared.problem.StaleVersionException();
        }
    }

    public UUID getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public UUID getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public UUID getUpdatedBy() {
        return updatedBy;
    }
}
