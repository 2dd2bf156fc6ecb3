package dev.guanxi.customer.internal;

import dev.guanxi.shared.jpa.RecordBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.envers.Audited;

/**
 * A business relation between two accounts (partner, competitor, referral: "from" referred "to").
 * Parent/subsidiary is the account's parent field, not a relation, so there is one truth for it.
 */
@Entity
@Table(name = "account_relations")
@Audited
public class AccountRelation extends RecordBase {

    @Column(name = "from_account_id", nullable = false)
    private UUID fromAccountId;

    @Column(name = "to_account_id", nullable = false)
    private UUID toAccountId;

    @Column(nullable = false)
    private AccountRelationType type;

    private String note;

    protected AccountRelation() {
    }

    AccountRelation(UUID fromAccountId, UUID toAccountId, AccountRelationType type, String note) {
        this.fromAccountId = fromAccountId;
        this.toAccountId = toAccountId;
        this.type = type;
        this.note = note;
    }

    public UUID getFromAccountId() {
        return fromAccountId;
    }

    public UUID getToAccountId() {
        return toAccountId;
    }

    public AccountRelationType getType() {
        return type;
    }

    public String getNote() {
        return note;
    }

    /** The account at the other end, seen from {@code accountId}. */
    public UUID otherThan(UUID accountId) {
        return fromAccountId.equals(accountId) ? toAccountId : fromAccountId;
    }
}
