package dev.guanxi.customer.web;

import dev.guanxi.customer.internal.AccountFilterParameters;
import dev.guanxi.customer.internal.AccountQueries;
import dev.guanxi.customer.internal.AccountRow;
import dev.guanxi.identity.CurrentUser;
import dev.guanxi.shared.export.ExportColumn;
import dev.guanxi.shared.export.ExportFormat;
import dev.guanxi.shared.export.ListExports;
import dev.guanxi.shared.paging.PageRequest;
import dev.guanxi.shared.paging.Sort;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The account list as a file (导出): the list's filters, sort and the user's visibility, every page of
 * it, streamed to CSV or Excel with labels in the user's language.
 */
@RestController
@Tag(name = "Accounts")
class AccountExport {

    static final List<ExportColumn<AccountRow>> COLUMNS = List.of(
            ExportColumn.of("account.field.name", AccountRow::name),
            ExportColumn.label("account.field.type", "account.type.", AccountRow::type),
            ExportColumn.label("account.field.industry", "account.industry.", AccountRow::industry),
            ExportColumn.label("account.field.grade", "account.grade.", AccountRow::grade),
            ExportColumn.label("account.field.status", "account.status.", AccountRow::status),
            ExportColumn.label("account.field.source", "account.source.", AccountRow::source),
            ExportColumn.of("account.field.ownerId", AccountRow::ownerName),
            ExportColumn.of("account.field.departmentId", AccountRow::departmentName),
            ExportColumn.of("account.field.region", AccountRow::region),
            ExportColumn.of("account.field.country", AccountRow::country),
            ExportColumn.of("account.field.province", AccountRow::province),
            ExportColumn.of("account.field.city", AccountRow::city),
            ExportColumn.of("account.field.address", AccountRow::address),
            ExportColumn.of("account.field.phone", AccountRow::phone),
            ExportColumn.of("account.field.email", AccountRow::email),
            ExportColumn.of("account.field.website", AccountRow::website),
            ExportColumn.of("account.field.annualRevenue", AccountRow::annualRevenue),
            ExportColumn.of("account.field.currency", AccountRow::currency),
            ExportColumn.of("account.field.employees", AccountRow::employees),
            ExportColumn.of("account.field.creditLimit", AccountRow::creditLimit),
            ExportColumn.of("account.field.taxId", AccountRow::taxId),
            ExportColumn.of("account.field.parentAccountId", AccountRow::parentAccountName),
            ExportColumn.of("account.field.tags", AccountRow::tags),
            ExportColumn.of("account.field.externalId", AccountRow::externalId),
            ExportColumn.of("account.field.createdAt", AccountRow::createdAt),
            ExportColumn.of("account.field.updatedAt", AccountRow::updatedAt));

    private final AccountQueries queries;
    private final AccountFilterParameters filters;
    private final ListExports exports;

    AccountExport(AccountQueries queries, AccountFilterParameters filters, ListExports exports) {
        this.queries = queries;
        this.filters = filters;
        this.exports = exports;
    }

    @GetMapping({"/accounts/export", "/api/v1/accounts/export"})
    @Operation(summary = "Export the accounts the list would show", description = "format=xlsx (default) or csv; the "
            + "filters and sort of GET /api/v1/accounts; every page, streamed. Text starting with = + - @ is "
            + "prefixed with an apostrophe so spreadsheets never run it.")
    void export(@RequestParam Map<String, String> params, HttpServletResponse response) {
        ExportFormat format = ExportFormat.parse(params.get("format"));
        Sort sort = Sort.parse(params.get("sort"), AccountQueries.SORTS, AccountQueries.DEFAULT_SORT);
        var filter = filters.parse(params);
        CurrentUser me = CurrentUser.require();
        exports.send(response, format, "accounts", ZoneId.of(me.timeZone()), COLUMNS,
                cursor -> queries.list(filter, PageRequest.forExport(cursor, sort), me.scope()));
    }
}
