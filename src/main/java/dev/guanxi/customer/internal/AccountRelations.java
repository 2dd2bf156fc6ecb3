package dev.guanxi.customer.internal;

import dev.guanxi.shared.problem.ConflictException;
import dev.guanxi.shared.problem.NotFoundException;
import dev.guanxi.shared.problem.ValidationException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Relations between accounts (客户间的商业关系). Both accounts must be visible to the user, and the
 * user must be allowed to change the account the relation is added from; the list shows only
 * relations whose other end the user can see.
 */
@Service
public class AccountRelations {

    private final AccountRelationRepository relations;
    private final AccountAccess access;
    private final AccountQueries queries;

    AccountRelations(AccountRelationRepository relations, AccountAccess access, AccountQueries queries) {
        this.relations = relations;
        this.access = access;
        this.queries = queries;
    }

    public record RelationView(UUID id, AccountRelationType type, boolean outgoing, UUID otherAccountId,
                               String otherAccountName, String note, java.time.Instant createdAt) {
    }

    @Transactional
    public AccountRelation add(UUID fromAccountId, UUID toAccountId, String typeCode, String note) {
        Account from = access.editable(fromAccountId);
        if (toAccountId == null) {
            throw ValidationException.of("toAccountId", "validation.required");
        }
        if (toAccountId.equals(fromAccountId)) {
            throw ValidationException.of("toAccountId", "validation.relation-self");
        }
        try {
            access.readable(toAccountId);
        } catch (NotFoundException e) {
            throw ValidationException.of("toAccountId", "validation.reference-unknown");
        }
        AccountRelationType type = AccountEditing.required(AccountRelationType.class, typeCode, "type", new java.util.ArrayList<>());
        if (type == null) {
            throw ValidationException.of("type", "validation.enum");
        }
        String cleanNote = AccountEditing.blank(note);
        if (cleanNote != null && cleanNote.length() > 500) {
            throw ValidationException.of("note", "validation.too-long", 500);
        }
        if (relations.existsByFromAccountIdAndToAccountIdAndType(from.getId(), toAccountId, type)) {
            throw new ConflictException("problem.relation.exists");
        }
        return relations.saveAndFlush(new AccountRelation(from.getId(), toAccountId, type, cleanNote));
    }

    @Transactional
    public void remove(UUID accountId, UUID relationId) {
        access.editable(accountId);
        AccountRelation relation = relations.findById(relationId)
                .filter(r -> r.getFromAccountId().equals(accountId) || r.getToAccountId().equals(accountId))
                .orElseThrow(NotFoundException::new);
        relations.delete(relation);
    }

    @Transactional(readOnly = true)
    public List<RelationView> of(UUID accountId) {
        access.readable(accountId);
        List<AccountRelation> touching = relations.findTouching(List.of(accountId));
        Map<UUID, AccountRow> others = queries.findReadable(
                touching.stream().map(r -> r.otherThan(accountId)).toList(), AccountAccess.scope());
        return touching.stream()
                .filter(r -> others.containsKey(r.otherThan(accountId)))
                .map(r -> new RelationView(r.getId(), r.getType(), r.getFromAccountId().equals(accountId),
                        r.otherThan(accountId), others.get(r.otherThan(accountId)).name(), r.getNote(), r.getCreatedAt()))
                .toList();
    }

    List<AccountRelation> touching(java.util.Collection<UUID> accountIds) {
        return accountIds.isEmpty() ? List.of() : relations.findTouching(accountIds);
    }
}
