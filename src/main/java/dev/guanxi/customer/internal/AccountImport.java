package dev.guanxi.customer.internal;

import dev.guanxi.customer.AccountReferences;
import dev.guanxi.customer.Industry;
import dev.guanxi.identity.CurrentUser;
import dev.guanxi.identity.UserDirectory;
import dev.guanxi.identity.UserSummary;
import dev.guanxi.imports.DuplicateMode;
import dev.guanxi.imports.EnumOption;
import dev.guanxi.imports.FieldType;
import dev.guanxi.imports.ImportBatch;
import dev.guanxi.imports.ImportField;
import dev.guanxi.imports.ImportRow;
import dev.guanxi.imports.ImportTarget;
import dev.guanxi.imports.RowOutcome;
import dev.guanxi.imports.UserReferences;
import dev.guanxi.shared.jpa.UuidV7;
import dev.guanxi.shared.values.CodedEnum;
import dev.guanxi.shared.values.Currencies;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Accounts (客户) from a file, with the rules of the account form applied to a whole chunk at once: the
 * owner must be one the importer may give records to (by default the importer), the department follows
 * the owner, type and status default as in the form, a parent company must be one the importer can see
 * and must not make the group circular, and every value the database would refuse is refused here, as
 * a row, before the chunk is written. A duplicate — same external id, name, phone or e-mail, among the
 * accounts the importer can see — is skipped, updated (if the importer may change it) or created again
 * as chosen. Rows are written with COPY and their history with one revision per chunk.
 */
@Component
class AccountImport implements ImportTarget {

    private static final int MAX_TAGS = 20;
    private static final int MAX_TAG_LENGTH = 30;
    private static final int MAX_EMPLOYEES = 10_000_000;
    private static final int MAX_AMOUNT_DIGITS = 16;
    private static final Pattern TAG_SEPARATORS = Pattern.compile("[,;、|，；]");
    /** The form's rule for a website: a host name with at least one dot, an optional scheme, port and path. */
    private static final Pattern WEBSITE = Pattern.compile(
            "^(?i)(https?://)?[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+(:\\d{1,5})?([/?#]\\S*)?$");
    /** Currencies as Chinese sheets write them. */
    private static final Map<String, String> CURRENCY_NAMES = Map.of("RMB", "CNY", "人民币", "CNY", "美元", "USD",
            "欧元", "EUR", "港币", "HKD", "日元", "JPY");

    private final List<ImportField> fields;
    private final UserDirectory users;
    private final AccountImportMatcher matcher;
    private final AccountImportWriter writer;

    AccountImport(AccountReferences accountReferences, UserReferences userReferences, UserDirectory users,
                  AccountImportMatcher matcher, AccountImportWriter writer) {
        this.users = users;
        this.matcher = matcher;
        this.writer = writer;
        this.fields = List.of(
                ImportField.text("externalId", "account.field.externalId", 100, "External ID", "外部编号", "外部ID",
                        "Account ID", "Customer ID", "客户编号", "客户编码", "ID"),
                ImportField.text("name", "account.field.name", 200, "Account name", "Account", "Company", "Company name",
                        "Customer", "Customer name", "Organization", "Organisation", "客户名称", "客户", "公司名称", "公司",
                        "单位名称", "企业名称").asRequired(),
                ImportField.choice("type", "account.field.type", options(AccountType.values(), "account.type.", Map.of(
                                "end_customer", List.of("终端客户", "直客", "Customer", "End user"),
                                "distributor", List.of("经销商", "代理商", "渠道", "Reseller", "Channel"),
                                "supplier", List.of("供货商", "Vendor"),
                                "competitor", List.of("竞品"))),
                        "Type", "Account type", "Customer type", "客户类型", "类型", "客户类别"),
                ImportField.choice("industry", "account.field.industry", options(Industry.values(), "account.industry.", Map.of(
                                "manufacturing", List.of("制造"),
                                "it_software", List.of("IT", "软件", "互联网", "Software", "Internet"),
                                "wholesale_retail", List.of("批发", "零售", "Retail", "Wholesale"),
                                "logistics", List.of("物流", "运输", "Transportation"),
                                "finance", List.of("银行", "保险", "Banking", "Insurance"),
                                "healthcare", List.of("医疗", "医药"),
                                "government", List.of("政府"),
                                "hospitality", List.of("餐饮", "酒店"),
                                "steel_metals", List.of("钢铁", "金属"),
                                "food_beverage", List.of("食品"))),
                        "Industry", "Sector", "行业", "所属行业", "行业类别"),
                ImportField.choice("grade", "account.field.grade", options(Grade.values(), "account.grade.", Map.of(
                                "A", List.of("A级", "A类", "重点客户", "Key account"),
                                "B", List.of("B级", "B类"),
                                "C", List.of("C级", "C类"),
                                "D", List.of("D级", "D类", "不予服务"))),
                        "Grade", "Rating", "Account rating", "Customer grade", "客户等级", "客户级别", "等级", "级别"),
                ImportField.choice("status", "account.field.status", options(AccountStatus.values(), "account.status.", Map.of(
                                "prospect", List.of("潜在", "意向客户"),
                                "active", List.of("成交客户", "合作中"),
                                "dormant", List.of("沉睡"))),
                        "Status", "Account status", "客户状态", "状态"),
                ImportField.choice("source", "account.field.source", options(AccountSource.values(), "account.source.", Map.of(
                                "web", List.of("官网", "网络"),
                                "referral", List.of("介绍", "朋友介绍"),
                                "walk_in", List.of("来访"))),
                        "Source", "Lead source", "Account source", "客户来源", "来源"),
                ImportField.of("annualRevenue", "account.field.annualRevenue", FieldType.NUMBER, "Annual revenue", "Revenue",
                        "年营业额", "年营收", "营业额", "年销售额", "营业收入"),
                ImportField.of("employees", "account.field.employees", FieldType.NUMBER, "Employees", "Number of employees",
                        "Employee count", "员工人数", "员工数", "人数", "公司规模"),
                ImportField.text("country", "account.field.country", 100, "Country", "国家", "国家/地区"),
                ImportField.text("province", "account.field.province", 100, "Province", "State", "State/Province",
                        "Billing state", "省份", "省", "省/直辖市"),
                ImportField.text("city", "account.field.city", 100, "City", "Billing city", "城市", "市"),
                ImportField.text("region", "account.field.region", 100, "Region", "Territory", "Sales region", "区域",
                        "地区", "销售区域"),
                ImportField.text("address", "account.field.address", 300, "Address", "Street", "Billing address",
                        "Billing street", "地址", "详细地址", "公司地址", "办公地址"),
                ImportField.text("postalCode", "account.field.postalCode", 20, "Postal code", "Zip", "Zip code",
                        "Postcode", "Billing zip", "邮编", "邮政编码"),
                new ImportField("phone", "account.field.phone", FieldType.PHONE, false, 40, List.of("Phone", "Telephone",
                        "Company phone", "Office phone", "电话", "公司电话", "联系电话", "座机", "固定电话"), null, null),
                new ImportField("fax", "account.field.fax", FieldType.PHONE, false, 40, List.of("Fax", "传真", "传真号码"),
                        null, null),
                new ImportField("email", "account.field.email", FieldType.EMAIL, false, 254, List.of("Email",
                        "E-mail address", "Email address", "Company email", "邮箱", "电子邮件", "电子邮箱", "公司邮箱"), null,
                        null),
                ImportField.text("website", "account.field.website", 200, "Website", "Web site", "URL", "Homepage",
                        "网址", "网站", "公司网址", "官网"),
                ImportField.text("taxId", "account.field.taxId", 50, "Tax ID", "VAT number", "Credit code",
                        "统一社会信用代码", "信用代码", "税号", "纳税人识别号"),
                ImportField.text("description", "account.field.description", 5000, "Description", "Notes", "Note",
                        "Remarks", "Comments", "描述", "备注", "说明", "客户简介"),
                ImportField.reference("parentAccountId", "account.field.parentAccountId", accountReferences,
                        "Parent account", "Parent company", "Parent", "上级公司", "母公司", "上级客户", "总公司", "集团"),
                ImportField.text("tags", "account.field.tags", 1000, "Tags", "Labels", "标签", "客户标签"),
                ImportField.text("currency", "account.field.currency", 10, "Currency", "币种", "货币"),
                ImportField.reference("ownerId", "account.field.ownerId", userReferences, "Owner", "Account owner",
                        "Sales rep", "Sales agent", "Assigned to", "负责人", "所有者", "客户负责人", "销售", "业务员", "销售代表"));
    }

    private static <E extends Enum<E> & CodedEnum> List<EnumOption> options(E[] values, String labelPrefix,
                                                                           Map<String, List<String>> aliases) {
        return Arrays.stream(values).map(v -> new EnumOption(v.code(), labelPrefix + v.code(),
                aliases.getOrDefault(v.code(), List.of()))).toList();
    }

    @Override
    public String entity() {
        return "accounts";
    }

    @Override
    public String labelKey() {
        return "import.entity.accounts";
    }

    @Override
    public List<ImportField> fields() {
        return fields;
    }

    @Override
    public List<String> matchFields() {
        return AccountImportMatcher.FIELDS;
    }

    @Override
    public List<RowOutcome> apply(ImportBatch batch) {
        CurrentUser importer = batch.importer();
        List<RowOutcome> outcomes = new ArrayList<>();
        Map<UUID, UserSummary> owners = owners(batch.rows(), importer);
        Map<UUID, Boolean> assignable = new HashMap<>();
        AccountImportMatcher.Matches matches = matcher.find(batch.rows(), batch.matchOn(), importer.scope());
        Map<String, ImportedAccount> createdHere = new HashMap<>();
        Map<UUID, ImportedAccount> updates = new LinkedHashMap<>();
        Map<UUID, UUID> previousOwners = new HashMap<>();
        List<ImportedAccount> creates = new ArrayList<>();
        Map<String, UUID> usedExternalIds = new HashMap<>();
        for (ImportRow row : batch.rows()) {
            Clean clean = new Clean();
            RowOutcome invalid = clean.check(row);
            if (invalid != null) {
                outcomes.add(invalid);
                continue;
            }
            UUID explicitOwner = row.id("ownerId");
            if (explicitOwner != null && !explicitOwner.equals(importer.id())
                    && !assignable.computeIfAbsent(explicitOwner, users::mayAssignTo)) {
                outcomes.add(RowOutcome.rejected(row.number(), "ownerId", "problem.account.assign-denied"));
                continue;
            }
            List<String> keys = AccountImportMatcher.keys(row, batch.matchOn());
            ImportedAccount existing = matches.existing(row, batch.matchOn());
            ImportedAccount pending = keys.stream().map(createdHere::get).filter(Objects::nonNull).findFirst().orElse(null);
            boolean seenBefore = keys.stream().anyMatch(batch.seenKeys()::contains);
            DuplicateMode mode = batch.onDuplicate();
            if ((existing != null || pending != null || seenBefore) && mode != DuplicateMode.CREATE) {
                ImportedAccount target = existing != null ? existing : pending;
                if (mode == DuplicateMode.SKIP) {
                    outcomes.add(RowOutcome.skipped(row.number(), target == null ? null : target.id));
                    continue;
                }
                if (existing != null && !importer.mayChange(existing.ownerId, existing.departmentId)) {
                    outcomes.add(RowOutcome.rejected(row.number(), null, "problem.account.not-yours"));
                    continue;
                }
                // As in the edit form, handing an existing account to someone else is a manager's move.
                if (existing != null && explicitOwner != null && !explicitOwner.equals(existing.ownerId)
                        && !importer.mayAssign()) {
                    outcomes.add(RowOutcome.rejected(row.number(), "ownerId", "problem.account.assign-denied"));
                    continue;
                }
                if (target != null && row.id("parentAccountId") != null
                        && matches.wouldCycle(target.id, row.id("parentAccountId"))) {
                    outcomes.add(RowOutcome.rejected(row.number(), "parentAccountId", "validation.parent-cycle"));
                    continue;
                }
                if (target != null && externalIdTaken(row, target, matches, usedExternalIds, batch.seenKeys())) {
                    outcomes.add(RowOutcome.rejected(row.number(), "externalId", "validation.external-id-taken"));
                    continue;
                }
                if (target != null) {
                    if (existing != null) {
                        previousOwners.putIfAbsent(existing.id, existing.ownerId);
                    }
                    target.apply(row, clean.tags, clean.currency, clean.employees);
                    if (target.parentAccountId != null) {
                        matches.link(target.id, target.parentAccountId);
                    }
                    noteExternalId(target, usedExternalIds, batch.seenKeys());
                    if (explicitOwner != null) {
                        assign(target, explicitOwner, owners);
                    }
                    if (existing != null) {
                        updates.put(existing.id, existing);
                    }
                    remember(target, batch.matchOn(), createdHere, batch.seenKeys());
                }
                outcomes.add(RowOutcome.updated(row.number(), target == null ? null : target.id));
                continue;
            }
            if (externalIdTaken(row, null, matches, usedExternalIds, batch.seenKeys())) {
                outcomes.add(RowOutcome.rejected(row.number(), "externalId", "validation.external-id-taken"));
                continue;
            }
            ImportedAccount account = new ImportedAccount();
            account.id = UuidV7.next();
            account.apply(row, clean.tags, clean.currency, clean.employees);
            assign(account, explicitOwner != null ? explicitOwner : importer.id(), owners);
            noteExternalId(account, usedExternalIds, batch.seenKeys());
            creates.add(account);
            remember(account, batch.matchOn(), createdHere, batch.seenKeys());
            outcomes.add(RowOutcome.created(row.number(), account.id));
        }
        if (!batch.dryRun()) {
            List<RowOutcome> lost = writer.write(creates, List.copyOf(updates.values()), previousOwners, importer);
            if (!lost.isEmpty()) {
                return RowOutcome.rejectLostUpdates(outcomes,
                        lost.stream().map(RowOutcome::recordId).collect(java.util.stream.Collectors.toSet()));
            }
        }
        return outcomes;
    }

    /**
     * The row's values that need more than the engine's checks — those the form refuses and the
     * database's checks would refuse (which would fail the whole chunk) — cleaned, or the first problem.
     */
    private static final class Clean {
        List<String> tags;
        String currency;
        Integer employees;

        RowOutcome check(ImportRow row) {
            long number = row.number();
            if (row.text("name") == null || row.text("name").isBlank()) {
                return RowOutcome.rejected(number, "name", "import.row.required");
            }
            BigDecimal revenue = row.number("annualRevenue");
            if (revenue != null) {
                if (revenue.signum() < 0) {
                    return RowOutcome.rejected(number, "annualRevenue", "validation.not-negative");
                }
                if (revenue.stripTrailingZeros().scale() > 2
                        || revenue.precision() - revenue.scale() > MAX_AMOUNT_DIGITS) {
                    return RowOutcome.rejected(number, "annualRevenue", "validation.amount");
                }
            }
            BigDecimal staff = row.number("employees");
            if (staff != null) {
                if (staff.signum() < 0) {
                    return RowOutcome.rejected(number, "employees", "validation.not-negative");
                }
                if (staff.stripTrailingZeros().scale() > 0) {
                    return RowOutcome.rejected(number, "employees", "validation.whole-number");
                }
                if (staff.compareTo(BigDecimal.valueOf(MAX_EMPLOYEES)) > 0) {
                    return RowOutcome.rejected(number, "employees", "validation.too-many");
                }
                employees = staff.intValueExact();
            }
            String website = row.text("website");
            if (website != null && !WEBSITE.matcher(website).matches()) {
                return RowOutcome.rejected(number, "website", "validation.url");
            }
            String code = row.text("currency");
            if (code != null) {
                String upper = code.strip().toUpperCase(Locale.ROOT);
                currency = CURRENCY_NAMES.getOrDefault(upper, upper);
                if (!Currencies.isKnown(currency)) {
                    return RowOutcome.rejected(number, "currency", "validation.currency");
                }
            }
            String tagText = row.text("tags");
            if (tagText != null) {
                Set<String> clean = new LinkedHashSet<>();
                for (String tag : TAG_SEPARATORS.split(tagText)) {
                    if (!tag.isBlank()) {
                        clean.add(tag.strip());
                    }
                }
                if (clean.size() > MAX_TAGS) {
                    return RowOutcome.rejected(number, "tags", "validation.too-many-tags");
                }
                if (clean.stream().anyMatch(t -> t.length() > MAX_TAG_LENGTH)) {
                    return RowOutcome.rejected(number, "tags", "validation.tag-length");
                }
                tags = List.copyOf(clean);
            }
            return null;
        }
    }

    /**
     * Whether the row's external id belongs to another account than the one it writes ({@code target},
     * or a new one when null): held in the database, or given to another row of this import already.
     */
    private static boolean externalIdTaken(ImportRow row, ImportedAccount target, AccountImportMatcher.Matches matches,
                                           Map<String, UUID> usedExternalIds, Set<String> seenKeys) {
        String externalId = row.text("externalId");
        if (externalId == null) {
            return false;
        }
        UUID self = target == null ? null : target.id;
        UUID holder = matches.holderOf(externalId);
        if (holder == null) {
            holder = usedExternalIds.get(externalId);
        }
        if (holder == null && seenKeys.contains("usedExternalId:" + externalId) && self == null) {
            return true;
        }
        return holder != null && !holder.equals(self);
    }

    private Map<UUID, UserSummary> owners(List<ImportRow> rows, CurrentUser importer) {
        Set<UUID> ids = new HashSet<>();
        ids.add(importer.id());
        rows.forEach(r -> {
            if (r.id("ownerId") != null) {
                ids.add(r.id("ownerId"));
            }
        });
        return users.findAll(ids);
    }

    private static void assign(ImportedAccount account, UUID ownerId, Map<UUID, UserSummary> owners) {
        account.ownerId = ownerId;
        UserSummary owner = owners.get(ownerId);
        account.departmentId = owner == null ? null : owner.departmentId();
    }

    private static void noteExternalId(ImportedAccount account, Map<String, UUID> usedExternalIds, Set<String> seenKeys) {
        if (account.externalId != null) {
            usedExternalIds.putIfAbsent(account.externalId, account.id);
            seenKeys.add("usedExternalId:" + account.externalId);
        }
    }

    private static void remember(ImportedAccount account, List<String> matchOn, Map<String, ImportedAccount> createdHere,
                                 Set<String> seenKeys) {
        for (String key : AccountImportMatcher.keys(account, matchOn)) {
            createdHere.putIfAbsent(key, account);
            seenKeys.add(key);
        }
    }
}
