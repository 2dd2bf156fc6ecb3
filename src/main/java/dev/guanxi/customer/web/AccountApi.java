package dev.guanxi.customer.web;

import dev.guanxi.customer.internal.Account;
import dev.guanxi.customer.internal.AccountEditing;
import dev.guanxi.customer.internal.AccountFilterParameters;
import dev.guanxi.customer.internal.AccountForm;
import dev.guanxi.customer.internal.AccountHistory;
import dev.guanxi.customer.internal.AccountNetwork;
import dev.guanxi.customer.internal.AccountOwnership;
import dev.guanxi.customer.internal.AccountQueries;
import dev.guanxi.customer.internal.AccountRecycling;
import dev.guanxi.customer.internal.AccountRow;
import dev.guanxi.identity.CurrentUser;
import dev.guanxi.shared.forms.FormValidator;
import dev.guanxi.shared.paging.PageRequest;
import dev.guanxi.shared.paging.Slice;
import dev.guanxi.shared.paging.Sort;
import dev.guanxi.shared.problem.NotFoundException;
import dev.guanxi.shared.problem.ValidationException;
import dev.guanxi.shared.web.ETags;
import dev.guanxi.shared.web.HistoryView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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

/** {@code /api/v1/accounts}: customers (客户), as CONTRACTS.md describes collections and records. */
@RestController
@RequestMapping("/api/v1/accounts")
@Tag(name = "Accounts")
class AccountApi {

    private final AccountQueries queries;
    private final AccountFilterParameters filters;
    private final AccountEditing editing;
    private final AccountOwnership ownership;
    private final AccountRecycling recycling;
    private final AccountHistory history;
    private final AccountNetwork network;
    private final FormValidator forms;
    private final dev.guanxi.customer.internal.DuplicateCheck duplicateCheck;

    AccountApi(dev.guanxi.customer.internal.DuplicateCheck duplicateCheck, AccountQueries queries, AccountFilterParameters filters, AccountEditing editing, AccountOwnership ownership,
               AccountRecycling recycling, AccountHistory history, AccountNetwork network, FormValidator forms) {
        this.queries = queries;
        this.filters = filters;
        this.editing = editing;
        this.ownership = ownership;
        this.recycling = recycling;
        this.history = history;
        this.network = network;
        this.forms = forms;
        this.duplicateCheck = duplicateCheck;
    }

    @GetMapping
    @Operation(summary = "List accounts", description = "Filters: q, type, industry, grade, status, source, ownerId "
            + "(or 'me'), departmentId (or 'mine'; includes sub-departments), region, city, tag, parentAccountId, "
            + "pool=true. Sort: updatedAt, createdAt, name, annualRevenue (prefix '-' for descending).")
    Slice<AccountView> list(@RequestParam Map<String, String> params, @RequestParam(required = false) Integer limit,
                            @RequestParam(required = false) String cursor, @RequestParam(required = false) String sort) {
        PageRequest page = PageRequest.of(limit, cursor, Sort.parse(sort, AccountQueries.SORTS, AccountQueries.DEFAULT_SORT));
        return queries.list(filters.parse(params), page, scope()).map(AccountView::of);
    }

    @GetMapping("/duplicates")
    @Operation(summary = "Accounts that may be the same company (by core name or phone), before creating one")
    List<AccountView> duplicates(@RequestParam(required = false) String name, @RequestParam(required = false) String phone) {
        return duplicateCheck.possibleDuplicates(name, phone, null).stream().map(AccountView::of).toList();
    }

    @GetMapping("/{id}")
    ResponseEntity<AccountView> get(@PathVariable UUID id) {
        AccountRow row = read(id);
        return ETags.ok(AccountView.of(row), row.version());
    }

    @PostMapping
    ResponseEntity<AccountView> create(@RequestBody JsonNode body) {
        AccountForm form = forms.patch(new AccountForm(), body);
        Account account = editing.create(form);
        AccountRow row = read(account.getId());
        return ETags.created("/api/v1/accounts/" + row.id(), AccountView.of(row), row.version());
    }

    @PatchMapping("/{id}")
    ResponseEntity<AccountView> update(@PathVariable UUID id, @RequestBody JsonNode body,
                                       @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Long expected = ETags.expectedVersion(ifMatch);
        AccountForm form = forms.patch(AccountForm.of(editingState(id)), body);
        if (body.has("version") && body.get("version").canConvertToLong() && expected == null) {
            expected = body.get("version").asLong();
        }
        editing.update(id, form, expected);
        AccountRow row = read(id);
        return ETags.ok(AccountView.of(row), row.version());
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        recycling.delete(id, ETags.expectedVersion(ifMatch));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/restore")
    ResponseEntity<AccountView> restore(@PathVariable UUID id) {
        recycling.restore(id);
        return get(id);
    }

    @PostMapping("/{id}/claim")
    @Operation(summary = "Claim an account from the shared pool (公海)")
    ResponseEntity<AccountView> claim(@PathVariable UUID id) {
        ownership.claim(id);
        return get(id);
    }

    @PostMapping("/{id}/release")
    @Operation(summary = "Release an account to the shared pool")
    ResponseEntity<AccountView> release(@PathVariable UUID id) {
        ownership.release(id);
        return get(id);
    }

    record Reassign(List<UUID> accountIds, UUID ownerId) {
    }

    record Reassigned(int reassigned) {
    }

    @PostMapping("/reassign")
    @Operation(summary = "Give accounts to another owner (null: the pool)", description = "All or nothing; at most 1000.")
    Reassigned reassign(@RequestBody Reassign request) {
        if (request.accountIds() == null) {
            throw ValidationException.of("accountIds", "validation.required");
        }
        return new Reassigned(ownership.reassign(request.accountIds(), request.ownerId()));
    }

    @GetMapping("/{id}/history")
    List<HistoryView> history(@PathVariable UUID id) {
        return HistoryView.of(history.of(id, 200));
    }

    @GetMapping("/{id}/network")
    AccountNetwork.Graph network(@PathVariable UUID id) {
        return network.around(id);
    }

    private AccountRow read(UUID id) {
        return queries.findReadable(id, scope(), false).orElseThrow(NotFoundException::new);
    }

    private Account editingState(UUID id) {
        return editing.current(id);
    }

    private static dev.guanxi.shared.visibility.VisibilityScope scope() {
        return CurrentUser.require().scope();
    }
}
