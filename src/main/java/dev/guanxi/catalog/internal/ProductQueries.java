package dev.guanxi.catalog.internal;

import dev.guanxi.shared.paging.Keyset;
import dev.guanxi.shared.paging.PageRequest;
import dev.guanxi.shared.paging.Slice;
import dev.guanxi.shared.paging.Sort;
import dev.guanxi.shared.paging.SortField;
import dev.guanxi.shared.search.SearchQuery;
import dev.guanxi.shared.sql.Where;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The product list: by name or code, filtered by series, text and whether active. */
@Component
public class ProductQueries {

    public static final List<SortField> SORTS = List.of(
            new SortField("name", "p.name", SortField.ValueType.TEXT),
            new SortField("code", "lower(p.code)", SortField.ValueType.TEXT),
            new SortField("updatedAt", "p.updated_at", SortField.ValueType.TIMESTAMP));
    public static final Sort DEFAULT_SORT = new Sort(SORTS.get(0), false);

    private final JdbcClient jdbc;

    ProductQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record ProductRow(UUID id, long version, String externalId, String code, String name, String series,
                             String description, String unit, BigDecimal listPrice, String currency, boolean active,
                             UUID ownerId, Instant createdAt, Instant updatedAt, Object sortValue) {
    }

    public Slice<ProductRow> list(String q, String series, Boolean active, PageRequest page) {
        Where where = new Where().add("p.deleted_at is null");
        if (q != null && !q.isBlank()) {
            where.addIf(true, "lower(p.name || ' ' || p.code || ' ' || coalesce(p.series, '')) like :q", "q",
                    "%" + SearchQuery.escapeLike(q.strip().toLowerCase()) + "%");
        }
        where.addIf(series != null && !series.isBlank(), "p.series = :series", "series", series);
        where.addIf(active != null, "p.active = :active", "active", active);
        where.add(Keyset.after(page, "p"));
        String sql = "select p.*, " + page.sort().field().sqlExpression() + " as sort_value from products p where "
                + where.sql() + " order by " + page.sort().orderBy("p") + " limit :limit";
        List<ProductRow> rows = where.bind(jdbc.sql(sql)).param("limit", page.limit() + 1)
                .query((rs, n) -> new ProductRow(rs.getObject("id", UUID.class), rs.getLong("version"),
                        rs.getString("external_id"), rs.getString("code"), rs.getString("name"), rs.getString("series"),
                        rs.getString("description"), rs.getString("unit"), rs.getBigDecimal("list_price"),
                        rs.getString("currency"), rs.getBoolean("active"), rs.getObject("owner_id", UUID.class),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getObject("sort_value")))
                .list();
        return Keyset.slice(rows, page, ProductRow::sortValue, ProductRow::id);
    }

    public List<String> series() {
        return jdbc.sql("select distinct series from products where deleted_at is null and series is not null order by series")
                .query(String.class).list();
    }
}
