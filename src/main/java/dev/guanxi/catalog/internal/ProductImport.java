package dev.guanxi.catalog.internal;

import dev.guanxi.identity.CurrentUser;
import dev.guanxi.imports.DuplicateMode;
import dev.guanxi.imports.FieldType;
import dev.guanxi.imports.ImportBatch;
import dev.guanxi.imports.ImportField;
import dev.guanxi.imports.ImportRow;
import dev.guanxi.imports.ImportTarget;
import dev.guanxi.imports.RowOutcome;
import dev.guanxi.shared.values.Currencies;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Products (产品) from a price list, with the rules of the product form: a code and a name, a list
 * price that is not negative (at most 16 digits and 2 decimals), a known currency (CNY when the file
 * gives none). Only those who maintain the catalogue may import it. A duplicate — same external id,
 * code (in any case) or name among the live products — is skipped, updated or created again; a code
 * another product already has is refused, since codes are unique. Every row is checked before anything
 * is written, so a bad row is rejected and never breaks the chunk.
 */
@Component
class ProductImport implements ImportTarget {

    static final List<String> MATCH_FIELDS = List.of("externalId", "code", "name");
    /** The form's limit for an amount: 16 digits before the point, 2 after (numeric(18, 2)). */
    private static final int MAX_AMOUNT_DIGITS = 16;
    /** Currencies as Chinese price lists write them. */
    private static final Map<String, String> CURRENCY_NAMES = Map.of("RMB", "CNY", "人民币", "CNY", "元", "CNY",
            "¥", "CNY", "￥", "CNY", "美元", "USD", "$", "USD", "欧元", "EUR", "港币", "HKD", "日元", "JPY");

    private final List<ImportField> fields;
    private final EntityManager entityManager;
    private final JdbcClient jdbc;

    ProductImport(EntityManager entityManager, JdbcClient jdbc) {
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        this.fields = List.of(
                ImportField.text("externalId", "product.field.externalId", 100, "External ID", "Product ID",
                        "外部编号", "外部ID", "ID"),
                ImportField.text("code", "product.field.code", 60, "Code", "Product code", "SKU", "Item code",
                        "Part number", "产品编码", "产品编号", "编码", "编号", "物料编码", "货号").asRequired(),
                ImportField.text("name", "product.field.name", 200, "Name", "Product", "Product name", "Item",
                        "产品名称", "产品", "名称", "品名").asRequired(),
                ImportField.text("series", "product.field.series", 100, "Series", "Product line", "Family",
                        "Product family", "Category", "系列", "产品系列", "产品线", "类别", "分类"),
                ImportField.of("listPrice", "product.field.listPrice", FieldType.NUMBER, "List price", "Price",
                        "Unit price", "Standard price", "单价", "标准价", "标准价格", "价格", "目录价", "目录价格", "售价"),
                ImportField.text("currency", "product.field.currency", 10, "Currency", "币种", "货币"),
                ImportField.text("unit", "product.field.unit", 20, "Unit", "UoM", "Unit of measure", "单位",
                        "计量单位"),
                ImportField.text("description", "product.field.description", 2000, "Description", "Details",
                        "描述", "说明", "产品描述", "备注"),
                ImportField.of("active", "product.field.active", FieldType.BOOLEAN, "Active", "On sale", "Status",
                        "在售", "是否在售", "状态", "启用"));
    }

    @Override
    public String entity() {
        return "products";
    }

    @Override
    public String labelKey() {
        return "import.entity.products";
    }

    /** As on the product pages and the API: administrators and sales VPs maintain the catalogue. */
    @Override
    public boolean mayImport(CurrentUser user) {
        return Catalogue.mayMaintain(user);
    }

    @Override
    public List<ImportField> fields() {
        return fields;
    }

    @Override
    public List<String> matchFields() {
        return MATCH_FIELDS;
    }

    @Override
    public List<RowOutcome> apply(ImportBatch batch) {
        if (!mayImport(batch.importer())) {
            // the importer lost the role after starting the job
            return batch.rows().stream()
                    .map(r -> RowOutcome.rejected(r.number(), null, "problem.catalog.maintainers-only")).toList();
        }
        Matches matches = find(batch.rows(), batch.matchOn());
        Map<String, UUID> createdHere = new HashMap<>();
        Map<String, UUID> usedExternalIds = new HashMap<>();
        Map<String, UUID> usedCodes = new HashMap<>();
        Set<UUID> updatedHere = new HashSet<>();
        List<RowOutcome> outcomes = new ArrayList<>(batch.rows().size());
        for (ImportRow row : batch.rows()) {
            Clean clean = new Clean();
            RowOutcome invalid = clean.check(row);
            if (invalid != null) {
                outcomes.add(invalid);
                continue;
            }
            List<String> keys = keys(row.text("externalId"), clean.code, clean.name, batch.matchOn());
            Existing existing = keys.stream().map(matches.byKey::get).filter(Objects::nonNull).findFirst().orElse(null);
            UUID pending = keys.stream().map(createdHere::get).filter(Objects::nonNull).findFirst().orElse(null);
            boolean seenBefore = keys.stream().anyMatch(batch.seenKeys()::contains);
            if ((existing != null || pending != null || seenBefore) && batch.onDuplicate() != DuplicateMode.CREATE) {
                if (batch.onDuplicate() == DuplicateMode.SKIP || existing == null) {
                    // a product this import creates is not changed by a later row of the same file
                    outcomes.add(RowOutcome.skipped(row.number(), existing != null ? existing.id : pending));
                    continue;
                }
                outcomes.add(update(row, existing, clean, matches, usedExternalIds, usedCodes, updatedHere, batch));
                continue;
            }
            String externalId = row.text("externalId");
            if (externalId != null && (matches.externalIdHolders.containsKey(externalId)
                    || usedExternalIds.containsKey(externalId) || batch.seenKeys().contains("usedExternalId:" + externalId))) {
                outcomes.add(RowOutcome.rejected(row.number(), "externalId", "validation.external-id-taken"));
                continue;
            }
            String codeKey = lower(clean.code);
            if (matches.codeHolders.containsKey(codeKey) || usedCodes.containsKey(codeKey)
                    || batch.seenKeys().contains("usedCode:" + codeKey)) {
                outcomes.add(RowOutcome.rejected(row.number(), "code", "validation.code-taken"));
                continue;
            }
            if (clean.listPrice == null) {
                outcomes.add(RowOutcome.rejected(row.number(), "listPrice", "import.row.required"));
                continue;
            }
            Product product = new Product(batch.importer().id());
            apply(product, row, clean);
            if (!batch.dryRun()) {
                entityManager.persist(product);
            }
            for (String key : keys) {
                createdHere.putIfAbsent(key, product.getId());
                batch.seenKeys().add(key);
            }
            usedCodes.put(codeKey, product.getId());
            batch.seenKeys().add("usedCode:" + codeKey);
            if (externalId != null) {
                usedExternalIds.put(externalId, product.getId());
                batch.seenKeys().add("usedExternalId:" + externalId);
            }
            outcomes.add(RowOutcome.created(row.number(), product.getId()));
        }
        if (!batch.dryRun()) {
            entityManager.flush();
        }
        return outcomes;
    }

    /** An existing product changed as the edit form would change it, or the reason it cannot be. */
    private RowOutcome update(ImportRow row, Existing existing, Clean clean, Matches matches,
                              Map<String, UUID> usedExternalIds, Map<String, UUID> usedCodes, Set<UUID> updatedHere,
                              ImportBatch batch) {
        long number = row.number();
        String externalId = row.text("externalId");
        if (externalId != null) {
            UUID holder = matches.externalIdHolders.getOrDefault(externalId, usedExternalIds.get(externalId));
            if (holder != null && !holder.equals(existing.id)
                    || holder == null && batch.seenKeys().contains("usedExternalId:" + externalId)) {
                return RowOutcome.rejected(number, "externalId", "validation.external-id-taken");
            }
        }
        String codeKey = lower(clean.code);
        if (!codeKey.equals(lower(existing.code))) {
            UUID holder = matches.codeHolders.getOrDefault(codeKey, usedCodes.get(codeKey));
            if (holder != null && !holder.equals(existing.id)
                    || holder == null && batch.seenKeys().contains("usedCode:" + codeKey)) {
                return RowOutcome.rejected(number, "code", "validation.code-taken");
            }
        }
        if (!updatedHere.add(existing.id)) {
            // the file names the same product twice: the first row is taken, the next is a duplicate of it
            return RowOutcome.skipped(number, existing.id);
        }
        if (externalId != null) {
            usedExternalIds.put(externalId, existing.id);
            batch.seenKeys().add("usedExternalId:" + externalId);
        }
        usedCodes.put(codeKey, existing.id);
        batch.seenKeys().add("usedCode:" + codeKey);
        if (batch.dryRun()) {
            return RowOutcome.updated(number, existing.id);
        }
        // Locked until the chunk commits: an edit made meanwhile waits for it, and an edit or deletion
        // made since the duplicate check is seen here and wins.
        Product product = entityManager.find(Product.class, existing.id, LockModeType.PESSIMISTIC_WRITE);
        if (product == null || product.getDeletedAt() != null || product.getVersion() != existing.version) {
            return RowOutcome.rejected(number, null, "import.row.changed-meanwhile");
        }
        apply(product, row, clean);
        return RowOutcome.updated(number, existing.id);
    }

    /** Takes every field the row fills; an empty cell erases nothing. */
    private static void apply(Product product, ImportRow row, Clean clean) {
        if (row.has("externalId")) product.setExternalId(row.text("externalId").strip());
        product.setCode(clean.code);
        product.setName(clean.name);
        if (row.has("series")) product.setSeries(row.text("series").strip());
        if (row.has("description")) product.setDescription(row.text("description").strip());
        if (row.has("unit")) product.setUnit(row.text("unit").strip());
        if (clean.listPrice != null) product.setListPrice(clean.listPrice);
        if (clean.currency != null) product.setCurrency(clean.currency);
        if (row.bool("active") != null) product.setActive(row.bool("active"));
    }

    /** The form's checks beyond the engine's, or the first problem. */
    private static final class Clean {
        String code;
        String name;
        BigDecimal listPrice;
        String currency;

        RowOutcome check(ImportRow row) {
            long number = row.number();
            code = stripped(row.text("code"));
            if (code == null) {
                return RowOutcome.rejected(number, "code", "import.row.required");
            }
            name = stripped(row.text("name"));
            if (name == null) {
                return RowOutcome.rejected(number, "name", "import.row.required");
            }
            listPrice = row.number("listPrice");
            if (listPrice != null) {
                if (listPrice.signum() < 0) {
                    return RowOutcome.rejected(number, "listPrice", "validation.not-negative");
                }
                if (listPrice.stripTrailingZeros().scale() > 2
                        || listPrice.precision() - listPrice.scale() > MAX_AMOUNT_DIGITS) {
                    return RowOutcome.rejected(number, "listPrice", "validation.amount");
                }
            }
            if (row.has("currency")) {
                currency = currency(row.text("currency"));
                if (currency == null) {
                    return RowOutcome.rejected(number, "currency", "validation.currency");
                }
            }
            return null;
        }
    }

    /** The ISO code of a currency cell ("人民币" → CNY), or null when it is no currency we know. */
    static String currency(String text) {
        String upper = text.strip().toUpperCase(Locale.ROOT);
        String code = CURRENCY_NAMES.getOrDefault(upper, upper);
        return Currencies.isKnown(code) ? code : null;
    }

    private static String stripped(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String lower(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }

    /** The match keys of a product for the chosen fields ("code:ab-100", "name:工业网关"). */
    private static List<String> keys(String externalId, String code, String name, List<String> matchOn) {
        List<String> keys = new ArrayList<>();
        for (String field : matchOn) {
            switch (field) {
                case "externalId" -> {
                    if (externalId != null && !externalId.isBlank()) keys.add("externalId:" + externalId.strip());
                }
                case "code" -> {
                    if (code != null && !code.isBlank()) keys.add("code:" + lower(code));
                }
                case "name" -> {
                    if (name != null && !name.isBlank()) keys.add("name:" + lower(name));
                }
                default -> {
                }
            }
        }
        return keys;
    }

    /** A live product as the duplicate check sees it. */
    private record Existing(UUID id, long version, String code) {
    }

    private static final class Matches {
        private final Map<String, Existing> byKey = new HashMap<>();
        /** Lower-cased code → the live product that has it (codes are unique among live products). */
        private final Map<String, UUID> codeHolders = new HashMap<>();
        /** External id → the product that has it, deleted ones too (the index covers them all). */
        private final Map<String, UUID> externalIdHolders = new HashMap<>();
    }

    /** Two queries per chunk: the live products a row may match or whose code it names; external ids. */
    private Matches find(List<ImportRow> rows, List<String> matchOn) {
        Set<String> externalIds = new HashSet<>();
        Set<String> codes = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (ImportRow row : rows) {
            if (stripped(row.text("externalId")) != null) {
                externalIds.add(row.text("externalId").strip());
            }
            if (stripped(row.text("code")) != null) {
                codes.add(lower(row.text("code")));
            }
            if (matchOn.contains("name") && stripped(row.text("name")) != null) {
                names.add(lower(row.text("name")));
            }
        }
        Matches matches = new Matches();
        if (externalIds.isEmpty() && codes.isEmpty() && names.isEmpty()) {
            return matches;
        }
        jdbc.sql("""
                        select id, version, external_id, code, name from products
                        where deleted_at is null
                          and (external_id = any(:ext) or lower(code) = any(:codes) or lower(name) = any(:names))
                        order by created_at, id""")
                .param("ext", externalIds.toArray(String[]::new))
                .param("codes", codes.toArray(String[]::new))
                .param("names", names.toArray(String[]::new))
                .query((rs, n) -> {
                    Existing product = new Existing(rs.getObject(1, UUID.class), rs.getLong(2), rs.getString(4));
                    matches.codeHolders.putIfAbsent(lower(product.code), product.id);
                    keys(rs.getString(3), rs.getString(4), rs.getString(5), MATCH_FIELDS)
                            .forEach(key -> matches.byKey.putIfAbsent(key, product));
                    return null;
                }).list();
        if (!externalIds.isEmpty()) {
            jdbc.sql("select external_id, id from products where external_id = any(:ext)")
                    .param("ext", externalIds.toArray(String[]::new))
                    .query((rs, n) -> Map.entry(rs.getString(1), rs.getObject(2, UUID.class))).list()
                    .forEach(e -> matches.externalIdHolders.put(e.getKey(), e.getValue()));
        }
        return matches;
    }
}
