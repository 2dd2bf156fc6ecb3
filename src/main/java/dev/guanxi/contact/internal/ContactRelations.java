package dev.guanxi.contact.internal;

import dev.guanxi.shared.problem.ConflictException;
import dev.guanxi.shared.problem.GuanxiException.FieldProblem;
import dev.guanxi.shared.problem.NotFoundException;
import dev.guanxi.shared.problem.ValidationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people network (人际关系网络): who knows whom. Both people must be visible to the user; only
 * ties whose other end the user can see are shown.
 */
@Service
public class ContactRelations {

    private final ContactRelationRepository relations;
    private final ContactAccess access;
    private final ContactQueries queries;

    ContactRelations(ContactRelationRepository relations, ContactAccess access, ContactQueries queries) {
        this.relations = relations;
        this.access = access;
        this.queries = queries;
    }

    public record RelationView(UUID id, ContactRelationType type, boolean outgoing, UUID otherContactId,
                               String otherContactName, String otherAccountName, Short closeness, String note,
                               Instant createdAt) {
    }

    @Transactional
    public ContactRelation add(UUID fromContactId, UUID toContactId, String typeCode, Integer closeness, String note) {
        Contact from = access.editable(fromContactId);
        if (toContactId == null) {
            throw ValidationException.of("toContactId", "validation.required");
        }
        if (toContactId.equals(fromContactId)) {
            throw ValidationException.of("toContactId", "validation.relation-self");
        }
        try {
            access.readable(toContactId);
        } catch (NotFoundException e) {
            throw ValidationException.of("toContactId", "validation.reference-unknown");
        }
        List<FieldProblem> problems = new ArrayList<>();
        ContactRelationType type = ContactEditing.code(ContactRelationType.class, typeCode, "type", problems);
        if (type == null && problems.isEmpty()) {
            problems.add(new FieldProblem("type", "validation.required"));
        }
        if (closeness != null && (closeness < 1 || closeness > 5)) {
            problems.add(new FieldProblem("closeness", "validation.range", 1, 5));
        }
        String cleanNote = ContactEditing.blank(note);
        if (cleanNote != null && cleanNote.length() > 500) {
            problems.add(new FieldProblem("note", "validation.too-long", 500));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        if (relations.existsByFromContactIdAndToContactIdAndType(from.getId(), toContactId, type)) {
            throw new ConflictException("problem.relation.exists");
        }
        return relations.saveAndFlush(new ContactRelation(from.getId(), toContactId, type,
                closeness == null ? null : closeness.shortValue(), cleanNote));
    }

    @Transactional
    public void remove(UUID contactId, UUID relationId) {
        access.editable(contactId);
        ContactRelation relation = relations.findById(relationId)
                .filter(r -> r.getFromContactId().equals(contactId) || r.getToContactId().equals(contactId))
                .orElseThrow(NotFoundException::new);
        relations.delete(relation);
    }

    @Transactional(readOnly = true)
    public List<RelationView> of(UUID contactId) {
        access.readable(contactId);
        List<ContactRelation> touching = relations.findTouching(List.of(contactId));
        Map<UUID, ContactRow> others = queries.findReadable(
                touching.stream().map(r -> r.otherThan(contactId)).toList(), ContactAccess.scope());
        return touching.stream()
                .filter(r -> others.containsKey(r.otherThan(contactId)))
                .map(r -> {
                    ContactRow other = others.get(r.otherThan(contactId));
                    return new RelationView(r.getId(), r.getType(), r.getFromContactId().equals(contactId), other.id(),
                            other.name(), other.accountName(), r.getCloseness(), r.getNote(), r.getCreatedAt());
                })
                .toList();
    }

    List<ContactRelation> touching(Collection<UUID> contactIds) {
        return contactIds.isEmpty() ? List.of() : relations.findTouching(contactIds);
    }
}
