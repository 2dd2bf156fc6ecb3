package dev.guanxi.customer.web;

import dev.guanxi.customer.internal.AccountFilter;
import dev.guanxi.customer.internal.AccountFilterParameters;
import dev.guanxi.customer.internal.AccountOwnership;
import dev.guanxi.customer.internal.AccountQueries;
import dev.guanxi.customer.internal.AccountRecycling;
import dev.guanxi.customer.internal.AccountRow;
import dev.guanxi.customer.internal.SavedViews;
import dev.guanxi.identity.CurrentUser;
import dev.guanxi.shared.paging.PageRequest;
import dev.guanxi.shared.paging.Slice;
import dev.guanxi.shared.paging.Sort;
import dev.guanxi.shared.problem.GuanxiException;
import dev.guanxi.shared.web.Flash;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The account list (/accounts) and the shared pool (/accounts/pool): filters, saved views, sortable
 * columns, keyset pages, and bulk reassignment. An htmx request gets just the results fragment that
 * the full page also includes.
 */
@Controller
class AccountListController {

    /** Views everybody has; their filters are relative to the user ("me", "mine"). */
    static final List<BuiltInView> BUILT_IN_VIEWS = List.of(
            new BuiltInView("all", "view.all", ""),
            new BuiltInView("mine", "view.mine", "ownerId=me"),
            new BuiltInView("department-a", "view.department-a", "departmentId=mine&grade=A"),
            new BuiltInView("active", "view.active", "status=active"),
            new BuiltInView("recent", "view.recent", "sort=-createdAt"));

    record BuiltInView(String code, String labelKey, String query) {
    }

    private final AccountQueries queries;
    private final AccountFilterParameters filters;
    private final AccountOwnership ownership;
    private final AccountRecycling recycling;
    private final SavedViews savedViews;
    private final AccountChoices choices;
    private final dev.guanxi.customer.internal.DuplicateCheck duplicateCheck;

    AccountListController(AccountQueries queries, AccountFilterParameters filters, AccountOwnership ownership,
                          AccountRecycling recycling, SavedViews savedViews, AccountChoices choices,
                          dev.guanxi.customer.internal.DuplicateCheck duplicateCheck) {
        this.duplicateCheck = duplicateCheck;
        this.queries = queries;
        this.filters = filters;
        this.ownership = ownership;
        this.recycling = recycling;
        this.savedViews = savedViews;
        this.choices = choices;
    }

    @GetMapping("/accounts")
    String list(@RequestParam Map<String, String> params,
                @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        params.remove("pool");
        return render(params, false, htmx, model);
    }

    @GetMapping("/accounts/pool")
    String pool(@RequestParam Map<String, String> params,
                @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        params.put("pool", "true");
        return render(params, true, htmx, model);
    }

    private String render(Map<String, String> params, boolean pool, String htmx, Model model) {
        Sort sort = Sort.parse(params.get("sort"), AccountQueries.SORTS, AccountQueries.DEFAULT_SORT);
        AccountFilter filter = filters.parse(params);
        Slice<AccountRow> page = queries.list(filter, PageRequest.of(50, params.get("cursor"), sort),
                CurrentUser.require().scope());
        Map<String, String> current = new LinkedHashMap<>();
        AccountFilterParameters.NAMES.forEach(name -> {
            if (params.get(name) != null && !params.get(name).isBlank() && !name.equals("pool")) {
                current.put(name, params.get(name));
            }
        });
        model.addAttribute("page", page);
        model.addAttribute("pool", pool);
        model.addAttribute("basePath", pool ? "/accounts/pool" : "/accounts");
        model.addAttribute("filters", current);
        Map<String, String> exported = new LinkedHashMap<>(current);
        if (pool) {
            exported.put("pool", "true");
        }
        model.addAttribute("exportFilters", exported);
        model.addAttribute("sort", sort);
        model.addAttribute("queryString", SavedViewsQuery.of(current));
        model.addAttribute("firstPage", params.get("cursor") != null);
        model.addAttribute("mayAssign", CurrentUser.require().mayAssign());
        if ("true".equals(htmx)) {
            return "customer/list :: results";
        }
        model.addAttribute("builtInViews", BUILT_IN_VIEWS);
        model.addAttribute("activeView", BUILT_IN_VIEWS.stream()
                .filter(view -> SavedViews.decode(view.query()).equals(current))
                .map(BuiltInView::code).findFirst().orElse(null));
        model.addAttribute("savedViews", savedViews.mine("accounts"));
        choices.addTo(model);
        return "customer/list";
    }

    /** Options for an account picker (parent company, related account), searched as the user types. */
    @GetMapping("/accounts/options")
    String options(@RequestParam(required = false) String parentQuery, @RequestParam(required = false) String q,
                   Model model) {
        dev.guanxi.shared.search.SearchQuery query = dev.guanxi.shared.search.SearchQuery.parse(parentQuery != null ? parentQuery : q);
        model.addAttribute("options", query == null ? List.of() : queries.search(query, 20, CurrentUser.require().scope()));
        return "customer/partials/options :: options";
    }

    /** Accounts that may already exist, shown under the name while a new account is typed in. */
    @GetMapping("/accounts/duplicates")
    String duplicates(@RequestParam(required = false) String name, @RequestParam(required = false) String phone,
                      @RequestParam(required = false) UUID excludeId, Model model) {
        model.addAttribute("duplicates", duplicateCheck.possibleDuplicates(name, phone, excludeId));
        return "customer/partials/duplicates :: duplicates";
    }

    @PostMapping("/accounts/views")
    String saveView(@RequestParam String name, @RequestParam Map<String, String> params, RedirectAttributes redirect) {
        try {
            SavedViews.SavedView view = savedViews.save("accounts", name, params, AccountFilterParameters.NAMES);
            Flash.success(redirect, "flash.view-saved", view.name());
            return "redirect:/accounts?" + view.query();
        } catch (GuanxiException e) {
            Flash.error(redirect, e);
            return "redirect:/accounts";
        }
    }

    @PostMapping("/accounts/views/{id}/delete")
    String deleteView(@PathVariable UUID id, RedirectAttributes redirect) {
        savedViews.delete(id);
        Flash.success(redirect, "flash.view-deleted");
        return "redirect:/accounts";
    }

    @PostMapping("/accounts/bulk/reassign")
    String bulkReassign(@RequestParam(name = "ids", required = false) List<UUID> ids,
                        @RequestParam(required = false) String ownerId, RedirectAttributes redirect) {
        try {
            UUID owner = ownerId == null || ownerId.isBlank() || ownerId.equals("pool") ? null : UUID.fromString(ownerId);
            int count = ownership.reassign(ids == null ? List.of() : ids, owner);
            Flash.success(redirect, "flash.reassigned", count);
        } catch (GuanxiException e) {
            Flash.error(redirect, e);
        }
        return "redirect:/accounts";
    }

    @PostMapping("/accounts/bulk/delete")
    String bulkDelete(@RequestParam(name = "ids", required = false) List<UUID> ids, RedirectAttributes redirect) {
        try {
            Flash.success(redirect, "flash.bulk-deleted", recycling.deleteAll(ids == null ? List.of() : ids));
        } catch (GuanxiException e) {
            Flash.error(redirect, e);
        }
        return "redirect:/accounts";
    }

    /** The list's filters as a query string, for links that keep them (sort headers, next page). */
    static final class SavedViewsQuery {
        private SavedViewsQuery() {
        }

        static String of(Map<String, String> filters) {
            StringBuilder query = new StringBuilder();
            filters.forEach((name, value) -> {
                if (!name.equals("sort") && !name.equals("cursor")) {
                    query.append(query.isEmpty() ? "" : "&").append(name).append('=')
                            .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
                }
            });
            return query.toString();
        }
    }
}
