package dev.guanxi.customer.web;

import dev.guanxi.customer.internal.AccountRelation;
import dev.guanxi.customer.internal.AccountRelations;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Relations between accounts: partner, competitor, referral. Parent/subsidiary is {@code parentAccountId}. */
@RestController
@RequestMapping("/api/v1/accounts/{accountId}/relations")
@Tag(name = "Account relations")
class AccountRelationApi {

    private final AccountRelations relations;

    AccountRelationApi(AccountRelations relations) {
        this.relations = relations;
    }

    record RelationView(UUID id, String type, String direction, UUID accountId, String accountName, String note) {
        static RelationView of(AccountRelations.RelationView r) {
            return new RelationView(r.id(), r.type().code(), r.outgoing() ? "outgoing" : "incoming",
                    r.otherAccountId(), r.otherAccountName(), r.note());
        }
    }

    record NewRelation(UUID toAccountId, String type, String note) {
    }

    @GetMapping
    List<RelationView> list(@PathVariable UUID accountId) {
        return relations.of(accountId).stream().map(RelationView::of).toList();
    }

    @PostMapping
    ResponseEntity<RelationView> add(@PathVariable UUID accountId, @RequestBody NewRelation request) {
        AccountRelation relation = relations.add(accountId, request.toAccountId(), request.type(), request.note());
        RelationView view = relations.of(accountId).stream().filter(r -> r.id().equals(relation.getId()))
                .findFirst().map(RelationView::of).orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/accounts/" + accountId + "/relations/" + relation.getId()))
                .body(view);
    }

    @DeleteMapping("/{relationId}")
    ResponseEntity<Void> remove(@PathVariable UUID accountId, @PathVariable UUID relationId) {
        relations.remove(accountId, relationId);
        return ResponseEntity.noContent().build();
    }
}
