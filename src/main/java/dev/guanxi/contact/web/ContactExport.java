package dev.guanxi.contact.web;

import dev.guanxi.contact.internal.ContactQueries;
import dev.guanxi.contact.internal.ContactRow;
import dev.guanxi.identity.CurrentUser;
import dev.guanxi.shared.export.ExportColumn;
import dev.guanxi.shared.export.ExportFormat;
import dev.guanxi.shared.export.ListExports;
import dev.guanxi.shared.paging.PageRequest;
import dev.guanxi.shared.paging.Slice;
import dev.guanxi.shared.paging.Sort;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The contact list as a file: CSV or Excel, or vCard for address books; the list's filters and visibility. */
@RestController
@Tag(name = "Contacts")
class ContactExport {

    static final List<ExportColumn<ContactRow>> COLUMNS = List.of(
            ExportColumn.of("contact.field.name", ContactRow::name),
            ExportColumn.of("contact.field.accountId", ContactRow::accountName),
            ExportColumn.of("contact.field.title", ContactRow::title),
            ExportColumn.of("contact.field.departmentName", ContactRow::departmentName),
            ExportColumn.label("contact.field.gender", "contact.gender.", ContactRow::gender),
            ExportColumn.of("contact.field.phone", ContactRow::phone),
            ExportColumn.of("contact.field.mobile", ContactRow::mobile),
            ExportColumn.of("contact.field.email", ContactRow::email),
            ExportColumn.of("contact.field.otherEmail", ContactRow::otherEmail),
            ExportColumn.of("contact.field.wechat", ContactRow::wechat),
            ExportColumn.label("contact.field.decisionRole", "contact.role.", ContactRow::decisionRole),
            ExportColumn.of("contact.field.keyDecisionMaker", ContactRow::keyDecisionMaker),
            ExportColumn.of("contact.field.birthday", ContactRow::birthday),
            ExportColumn.of("contact.field.address", ContactRow::address),
            ExportColumn.of("contact.field.ownerId", ContactRow::ownerName),
            ExportColumn.of("contact.field.externalId", ContactRow::externalId));

    private final ContactQueries queries;
    private final ContactFilterParameters filters;
    private final ListExports exports;

    ContactExport(ContactQueries queries, ContactFilterParameters filters, ListExports exports) {
        this.queries = queries;
        this.filters = filters;
        this.exports = exports;
    }

    @GetMapping({"/contacts/export", "/api/v1/contacts/export"})
    @Operation(summary = "Export the contacts the list would show", description = "format=xlsx (default), csv or vcf "
            + "(vCard 3.0); the filters and sort of GET /api/v1/contacts; every page, streamed.")
    void export(@RequestParam Map<String, String> params, HttpServletResponse response) {
        boolean vcard = "vcf".equalsIgnoreCase(params.getOrDefault("format", "").strip());
        ExportFormat format = vcard ? null : ExportFormat.parse(params.get("format"));
        Sort sort = Sort.parse(params.get("sort"), ContactQueries.SORTS, ContactQueries.DEFAULT_SORT);
        var filter = filters.parse(params);
        CurrentUser me = CurrentUser.require();
        ZoneId zone = ZoneId.of(me.timeZone());
        Function<String, Slice<ContactRow>> page = cursor -> queries.list(filter, PageRequest.forExport(cursor, sort), me.scope());
        if (vcard) {
            ContactCards.send(response, exports.rows(page), zone);
        } else {
            exports.send(response, format, "contacts", zone, COLUMNS, page);
        }
    }
}
