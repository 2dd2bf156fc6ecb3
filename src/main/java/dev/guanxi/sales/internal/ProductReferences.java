package dev.guanxi.sales.internal;

import dev.guanxi.catalog.ProductSummary;
import dev.guanxi.catalog.Products;
import dev.guanxi.identity.CurrentUser;
import dev.guanxi.imports.ReferenceResolver;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Products named in an imported opportunity (its one product line): by id, or by the code or name of
 * an active product of the catalogue (everyone may see every product), case-insensitive. The catalogue
 * is small, so it is read whole through its public API rather than queried per value.
 */
@Component
class ProductReferences implements ReferenceResolver {

    private final Products products;

    ProductReferences(Products products) {
        this.products = products;
    }

    @Override
    public Map<String, UUID> resolve(Collection<String> values, CurrentUser importer) {
        Map<String, UUID> byCode = new HashMap<>();
        Map<String, UUID> byName = new HashMap<>();
        for (ProductSummary product : products.active()) {
            byCode.putIfAbsent(normal(product.code()), product.id());
            byName.putIfAbsent(normal(product.name()), product.id());
        }
        List<UUID> ids = new ArrayList<>();
        for (String value : values) {
            try {
                ids.add(UUID.fromString(value.strip()));
            } catch (IllegalArgumentException notAnId) {
                // a code or a name
            }
        }
        Map<UUID, ProductSummary> known = ids.isEmpty() ? Map.of() : products.findAll(ids);
        Map<String, UUID> result = new LinkedHashMap<>();
        for (String value : values) {
            UUID id = null;
            try {
                UUID candidate = UUID.fromString(value.strip());
                id = known.containsKey(candidate) ? candidate : null;
            } catch (IllegalArgumentException notAnId) {
                // a code or a name
            }
            if (id == null) {
                id = byCode.get(normal(value));
            }
            if (id == null) {
                id = byName.get(normal(value));
            }
            if (id != null) {
                result.put(value, id);
            }
        }
        return result;
    }

    @Override
    public List<ReferenceMatch> suggest(String value, CurrentUser importer, int limit) {
        String wanted = normal(value);
        if (wanted.isEmpty()) {
            return List.of();
        }
        List<ReferenceMatch> matches = new ArrayList<>();
        for (ProductSummary product : products.active()) {
            String name = normal(product.name());
            String code = normal(product.code());
            if (name.contains(wanted) || wanted.contains(name) || code.contains(wanted)) {
                double score = (double) Math.min(wanted.length(), name.length()) / Math.max(wanted.length(), name.length());
                matches.add(new ReferenceMatch(product.id(), product.name(), Math.max(0.5, score)));
            }
        }
        return matches.stream().sorted(Comparator.comparingDouble(ReferenceMatch::score).reversed()).limit(limit).toList();
    }

    @Override
    public Map<UUID, String> labels(Collection<UUID> ids) {
        Map<UUID, String> labels = new HashMap<>();
        products.findAll(ids).forEach((id, product) -> labels.put(id, product.name()));
        return labels;
    }

    private static String normal(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }
}
