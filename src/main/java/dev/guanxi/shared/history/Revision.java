package dev.guanxi.shared.history;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One committed change set of audited records, with who made it. */
@Entity
@Table(name = "revinfo")
@RevisionEntity(RevisionActorListener.class)
public class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "revinfo_seq")
    @SequenceGenerator(name = "revinfo_seq", sequenceName = "revinfo_seq", allocationSize = 50)
    @RevisionNumber
    @Column(name = "rev")
    private long id;

    @RevisionTimestamp
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "user_id")
    private UUID userId;

    @Column(name = "user_name")
    private String userName;

    /** A revision written outside Envers (a bulk import's chunk); its number comes from Hibernate like any other. */
    static Revision of(Instant changedAt, UUID userId, String userName) {
        Revision revision = new Revision();
        revision.changedAt = changedAt;
        revision.setActor(userId, userName);
        return revision;
    }

    public long getId() {
        return id;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public UUID getUserId() {
        return userId;
    }

    public String getUserName() {
        return userName;
    }

    void setActor(UUID userId, String userName) {
        this.userId = userId;
        this.userName = userName;
    }
}
