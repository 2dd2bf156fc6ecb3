package dev.guanxi.shared.export;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.stereotype.Component;

/** For list pages ({@code @exportLinks}): the list's current filters and sort as the query of its export link. */
@Component("exportLinks")
public class ExportLinks {

    /** "&amp;name=value…" for every filter given, URL-encoded; the sort last. */
    public String query(Map<String, String> filters, String sort) {
        StringBuilder query = new StringBuilder();
        filters.forEach((name, value) -> append(query, name, value));
        append(query, "sort", sort);
        return query.toString();
    }

    private static void append(StringBuilder query, String name, String value) {
        if (value != null && !value.isBlank() && !"cursor".equals(name) && !"format".equals(name)) {
            query.append('&').append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
