package dev.guanxi.contact.internal;

import dev.guanxi.shared.jpa.RecordBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.envers.Audited;

/** A tie between two people: "from" knows / reports to / is a friend of … "to", with how close they are. */
@Entity
@Table(name = "contact_relations")
@Audited
public class ContactRelation extends RecordBase {

    @Column(name = "from_contact_id", nullable = false)
    private UUID fromContactId;

    @Column(name = "to_contact_id", nullable = false)
    private UUID toContactId;

    @Column(nullable = false)
    private ContactRelationType type;

    /** 1 (barely) … 5 (very close); how good a way in this tie is. */
    private Short closeness;

    private String note;

    protected ContactRelation() {
    }

    ContactRelation(UUID fromContactId, UUID toContactId, ContactRelationType type, Short closeness, String note) {
        this.fromContactId = fromContactId;
        this.toContactId = toContactId;
        this.type = type;
        this.closeness = closeness;
        this.note = note;
    }

    public UUID getFromContactId() {
        return fromContactId;
    }

    public UUID getToContactId() {
        return toContactId;
    }

    public ContactRelationType getType() {
        return type;
    }

    public Short getCloseness() {
        return closeness;
    }

    public String getNote() {
        return note;
    }

    public UUID otherThan(UUID contactId) {
        return fromContactId.equals(contactId) ? toContactId : fromContactId;
    }
}
