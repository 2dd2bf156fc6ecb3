package dev.guanxi.web;

import dev.guanxi.shared.search.SearchHit;
import dev.guanxi.shared.search.SearchQuery;
import dev.guanxi.shared.search.SearchSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search box in the top bar: as the user types, htmx asks for the suggestions fragment; Enter
 * opens the full results page. Each module searches its own records under the user's visibility.
 */
@Controller
class GlobalSearchController {

    private final List<SearchSource> sources;

    GlobalSearchController(List<SearchSource> sources) {
        this.sources = sources.stream().sorted(Comparator.comparingInt(SearchSource::order)).toList();
    }

    @GetMapping("/search")
    String search(@RequestParam(name = "q", required = false) String q,
                  @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        boolean suggestions = "true".equals(htmx);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("groups", groups(SearchQuery.parse(q), suggestions ? 5 : 50));
        return suggestions ? "search :: suggestions" : "search";
    }

    private List<Group> groups(SearchQuery query, int limit) {
        List<Group> groups = new ArrayList<>();
        if (query == null) {
            return groups;
        }
        for (SearchSource source : sources) {
            List<SearchHit> hits = source.search(query, limit);
            if (!hits.isEmpty()) {
                groups.add(new Group(source.headingKey(), hits));
            }
        }
        return groups;
    }

    record Group(String headingKey, List<SearchHit> hits) {
    }
}
