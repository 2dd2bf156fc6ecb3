package dev.guanxi.shared.paging;

import dev.guanxi.shared.problem.BadRequestException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A sort parsed from {@code sort=name} or {@code sort=-updatedAt}: only fields from the resource's
 * allow-list are accepted, so no caller text ever reaches the SQL.
 */
public record Sort(SortField field, boolean descending) {

    public static Sort parse(String sort, List<SortField> allowed, Sort fallback) {
        if (sort == null || sort.isBlank()) {
            return fallback;
        }
        boolean descending = sort.startsWith("-");
        String name = descending ? sort.substring(1) : sort;
        Map<String, SortField> byName = allowed.stream().collect(Collectors.toMap(SortField::name, f -> f));
        SortField field = byName.get(name);
        if (field == null) {
            throw new BadRequestException("problem.sort.unknown", "sort",
                    allowed.stream().map(SortField::name).collect(Collectors.joining(", ")));
        }
        return new Sort(field, descending);
    }

    /** The value of {@code sort=} that produces this sort. */
    public String parameter() {
        return (descending ? "-" : "") + field.name();
    }

    public String orderBy(String alias) {
        String direction = descending ? " desc" : " asc";
        return field.sqlExpression() + direction + ", " + alias + ".id" + direction;
    }
}
