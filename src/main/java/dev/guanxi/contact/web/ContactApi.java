package dev.guanxi.contact.web;

import dev.guanxi.contact.internal.Contact;
import dev.guanxi.contact.internal.ContactEditing;
import dev.guanxi.contact.internal.ContactForm;
import dev.guanxi.contact.internal.ContactHistory;
import dev.guanxi.contact.internal.ContactQueries;
import dev.guanxi.contact.internal.ContactRecycling;
import dev.guanxi.contact.internal.ContactRelation;
import dev.guanxi.contact.internal.ContactRelations;
import dev.guanxi.contact.internal.ContactRow;
import dev.guanxi.identity.CurrentUser;
import dev.guanxi.shared.forms.FormValidator;
import dev.guanxi.shared.paging.PageRequest;
import dev.guanxi.shared.paging.Slice;
import dev.guanxi.shared.paging.Sort;
import dev.guanxi.shared.problem.NotFoundException;
import dev.guanxi.shared.web.ETags;
import dev.guanxi.shared.web.HistoryView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** {@code /api/v1/contacts}: contacts (联系人) and the ties between them. */
@RestController
@RequestMapping("/api/v1/contacts")
@Tag(name = "Contacts")
class ContactApi {

    private final ContactQueries queries;
    private final ContactFilterParameters filters;
    private final ContactEditing editing;
    private final ContactRecycling recycling;
    private final ContactRelations relations;
    private final ContactHistory history;
    private final FormValidator forms;

    ContactApi(ContactQueries queries, ContactFilterParameters filters, ContactEditing editing,
               ContactRecycling recycling, ContactRelations relations, ContactHistory history, FormValidator forms) {
        this.queries = queries;
        this.filters = filters;
        this.editing = editing;
        this.recycling = recycling;
        this.relations = relations;
        this.history = history;
        this.forms = forms;
    }

    @GetMapping
    @Operation(summary = "List contacts", description = "Filters: q, accountId, decisionRole, keyDecisionMaker, "
            + "ownerId (or 'me'), departmentId (or 'mine'). Sort: updatedAt, createdAt, name.")
    Slice<ContactView> list(@RequestParam Map<String, String> params, @RequestParam(required = false) Integer limit,
                            @RequestParam(required = false) String cursor, @RequestParam(required = false) String sort) {
        PageRequest page = PageRequest.of(limit, cursor, Sort.parse(sort, ContactQueries.SORTS, ContactQueries.DEFAULT_SORT));
        return queries.list(filters.parse(params), page, CurrentUser.require().scope()).map(ContactView::of);
    }

    @GetMapping("/{id}")
    ResponseEntity<ContactView> get(@PathVariable UUID id) {
        ContactRow row = read(id);
        return ETags.ok(ContactView.of(row), row.version());
    }

    @PostMapping
    ResponseEntity<ContactView> create(@RequestBody JsonNode body) {
        Contact contact = editing.create(forms.patch(new ContactForm(), body));
        ContactRow row = read(contact.getId());
        return ETags.created("/api/v1/contacts/" + row.id(), ContactView.of(row), row.version());
    }

    @PatchMapping("/{id}")
    ResponseEntity<ContactView> update(@PathVariable UUID id, @RequestBody JsonNode body,
                                       @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Long expected = ETags.expectedVersion(ifMatch);
        ContactForm form = forms.patch(ContactForm.of(editing.current(id)), body);
        editing.update(id, form, expected);
        ContactRow row = read(id);
        return ETags.ok(ContactView.of(row), row.version());
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        recycling.delete(id, ETags.expectedVersion(ifMatch));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/restore")
    ResponseEntity<ContactView> restore(@PathVariable UUID id) {
        recycling.restore(id);
        return get(id);
    }

    @GetMapping("/{id}/history")
    List<HistoryView> history(@PathVariable UUID id) {
        return HistoryView.of(history.of(id, 200));
    }

    record RelationView(UUID id, String type, String direction, UUID contactId, String contactName, String accountName,
                        Short closeness, String note) {
        static RelationView of(ContactRelations.RelationView r) {
            return new RelationView(r.id(), r.type().code(), r.outgoing() ? "outgoing" : "incoming", r.otherContactId(),
                    r.otherContactName(), r.otherAccountName(), r.closeness(), r.note());
        }
    }

    record NewRelation(UUID toContactId, String type, Integer closeness, String note) {
    }

    @GetMapping("/{id}/relations")
    List<RelationView> relations(@PathVariable UUID id) {
        return relations.of(id).stream().map(RelationView::of).toList();
    }

    @PostMapping("/{id}/relations")
    ResponseEntity<RelationView> addRelation(@PathVariable UUID id, @RequestBody NewRelation request) {
        ContactRelation relation = relations.add(id, request.toContactId(), request.type(), request.closeness(), request.note());
        RelationView view = relations.of(id).stream().filter(r -> r.id().equals(relation.getId())).findFirst()
                .map(RelationView::of).orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/contacts/" + id + "/relations/" + relation.getId())).body(view);
    }

    @DeleteMapping("/{id}/relations/{relationId}")
    ResponseEntity<Void> removeRelation(@PathVariable UUID id, @PathVariable UUID relationId) {
        relations.remove(id, relationId);
        return ResponseEntity.noContent().build();
    }

    private ContactRow read(UUID id) {
        return queries.findReadable(id, CurrentUser.require().scope()).orElseThrow(NotFoundException::new);
    }
}
