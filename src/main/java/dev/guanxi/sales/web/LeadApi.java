package dev.guanxi.sales.web;

import dev.guanxi.identity.CurrentUser;
import dev.guanxi.sales.internal.Lead;
import dev.guanxi.sales.internal.LeadConversion;
import dev.guanxi.sales.internal.LeadEditing;
import dev.guanxi.sales.internal.LeadForm;
import dev.guanxi.sales.internal.LeadQueries;
import dev.guanxi.sales.internal.LeadRow;
import dev.guanxi.sales.internal.LeadSource;
import dev.guanxi.sales.internal.LeadStatus;
import dev.guanxi.shared.forms.FormValidator;
import dev.guanxi.shared.paging.PageRequest;
import dev.guanxi.shared.paging.Slice;
import dev.guanxi.shared.paging.Sort;
import dev.guanxi.shared.problem.BadRequestException;
import dev.guanxi.shared.problem.NotFoundException;
import dev.guanxi.shared.values.CodedEnum;
import dev.guanxi.shared.web.ETags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
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

/** {@code /api/v1/leads}: leads, the lead pool, and conversion into account, contact and opportunity. */
@RestController
@RequestMapping("/api/v1/leads")
@Tag(name = "Leads")
class LeadApi {

    private final LeadQueries queries;
    private final LeadEditing editing;
    private final LeadConversion conversion;
    private final FormValidator forms;

    LeadApi(LeadQueries queries, LeadEditing editing, LeadConversion conversion, FormValidator forms) {
        this.queries = queries;
        this.editing = editing;
        this.conversion = conversion;
        this.forms = forms;
    }

    record LeadView(UUID id, long version, String externalId, String name, String company, String title, String email,
                    String phone, String mobile, String source, String status, String disqualifyReason, String rating,
                    String interest, String budget, String currency, String industry, String region, String city,
                    String notes, UUID ownerId, String ownerName, UUID departmentId, Instant convertedAt,
                    UUID convertedAccountId, UUID convertedContactId, UUID convertedOpportunityId, Instant createdAt,
                    Instant updatedAt) {
        static LeadView of(LeadRow l) {
            return new LeadView(l.id(), l.version(), l.externalId(), l.name(), l.company(), l.title(), l.email(), l.phone(),
                    l.mobile(), l.source(), l.status(), l.disqualifyReason(), l.rating(), l.interest(),
                    l.budget() == null ? null : l.budget().toPlainString(), l.currency(), l.industry(), l.region(), l.city(),
                    l.notes(), l.ownerId(), l.ownerName(), l.departmentId(), l.convertedAt(), l.convertedAccountId(),
                    l.convertedContactId(), l.convertedOpportunityId(), l.createdAt(), l.updatedAt());
        }
    }

    @GetMapping
    @Operation(summary = "List leads", description = "Filters: q, status, source, ownerId (or 'me'), pool=true. "
            + "Sort: createdAt, updatedAt, name.")
    Slice<LeadView> list(@RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor,
                         @RequestParam(required = false) String sort, @RequestParam(required = false) String q,
                         @RequestParam(required = false) String status, @RequestParam(required = false) String source,
                         @RequestParam(required = false) String ownerId, @RequestParam(required = false) boolean pool) {
        PageRequest page = PageRequest.of(limit, cursor, Sort.parse(sort, LeadQueries.SORTS, LeadQueries.DEFAULT_SORT));
        return queries.list(filter(q, status, source, ownerId, pool), page, CurrentUser.require().scope()).map(LeadView::of);
    }

    static LeadQueries.LeadFilter filter(String q, String status, String source, String ownerId, boolean pool) {
        LeadStatus statusFilter = status == null || status.isBlank() ? null : CodedEnum.fromCode(LeadStatus.class, status)
                .orElseThrow(() -> new BadRequestException("problem.filter.invalid", "status"));
        LeadSource sourceFilter = source == null || source.isBlank() ? null : CodedEnum.fromCode(LeadSource.class, source)
                .orElseThrow(() -> new BadRequestException("problem.filter.invalid", "source"));
        UUID owner = "me".equals(ownerId) ? CurrentUser.require().id() : OpportunityFilterParameters.uuid(ownerId, "ownerId");
        return new LeadQueries.LeadFilter(q, statusFilter, sourceFilter, owner, pool);
    }

    @GetMapping("/{id}")
    ResponseEntity<LeadView> get(@PathVariable UUID id) {
        LeadRow row = read(id);
        return ETags.ok(LeadView.of(row), row.version());
    }

    @PostMapping
    ResponseEntity<LeadView> create(@RequestBody JsonNode body) {
        Lead lead = editing.create(forms.patch(new LeadForm(), body));
        LeadRow row = read(lead.getId());
        return ETags.created("/api/v1/leads/" + row.id(), LeadView.of(row), row.version());
    }

    @PatchMapping("/{id}")
    ResponseEntity<LeadView> update(@PathVariable UUID id, @RequestBody JsonNode body,
                                    @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Long expected = ETags.expectedVersion(ifMatch);
        editing.update(id, forms.patch(LeadForm.of(editing.current(id)), body), expected);
        return get(id);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        editing.delete(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/claim")
    @Operation(summary = "Take a lead from the lead pool")
    ResponseEntity<LeadView> claim(@PathVariable UUID id) {
        editing.claim(id);
        return get(id);
    }

    record Disqualify(String reason) {
    }

    @PostMapping("/{id}/disqualify")
    ResponseEntity<LeadView> disqualify(@PathVariable UUID id, @RequestBody Disqualify request) {
        editing.disqualify(id, request.reason());
        return get(id);
    }

    record Convert(UUID accountId, Boolean createOpportunity, String opportunityName) {
    }

    record Converted(UUID accountId, UUID contactId, UUID opportunityId) {
    }

    @PostMapping("/{id}/convert")
    @Operation(summary = "Convert into account (new or existing) + contact + optional opportunity, in one transaction",
            description = "Converting a converted lead is 409.")
    Converted convert(@PathVariable UUID id, @RequestBody Convert request) {
        LeadConversion.Result result = conversion.convert(id, request.accountId(),
                Boolean.TRUE.equals(request.createOpportunity()), request.opportunityName());
        return new Converted(result.accountId(), result.contactId(), result.opportunityId());
    }

    @GetMapping("/{id}/duplicates")
    @Operation(summary = "Leads, contacts and accounts that may be the same (by e-mail, phone or company)")
    LeadQueries.Duplicates duplicates(@PathVariable UUID id) {
        return queries.duplicatesOf(read(id), CurrentUser.require().scope());
    }

    private LeadRow read(UUID id) {
        return queries.findReadable(id, CurrentUser.require().scope()).orElseThrow(NotFoundException::new);
    }
}
