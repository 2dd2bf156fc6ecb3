package dev.guanxi.sales.internal;

import dev.guanxi.customer.Industry;
import dev.guanxi.identity.CurrentUser;
import dev.guanxi.identity.UserDirectory;
import dev.guanxi.identity.UserSummary;
import dev.guanxi.imports.DuplicateMode;
import dev.guanxi.imports.FieldType;
import dev.guanxi.imports.ImportBatch;
import dev.guanxi.imports.ImportField;
import dev.guanxi.imports.ImportRow;
import dev.guanxi.imports.ImportTarget;
import dev.guanxi.imports.RowOutcome;
import dev.guanxi.imports.UserReferences;
import dev.guanxi.shared.search.SearchKeys;
import dev.guanxi.shared.sql.Where;
import dev.guanxi.shared.values.CodedEnum;
import dev.guanxi.shared.visibility.SqlCondition;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.time.Instant;
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
 * Leads (销售线索) from a file, with the rules of the lead form: the owner is the importer unless the
 * file names one the importer may assign to; a lead is imported new or being worked on — qualifying
 * happens by conversion only, and a disqualification needs its reason given in the lead; source
 * "import" when the file gives none. A duplicate — same external id, e-mail, phone digits (phone or
 * mobile) or name at the same company, among the leads the importer can see — is skipped, updated (if
 * the importer may change it and it is not converted) or created again. Leads are saved as entities
 * (their history comes with them), without any per-lead event or notification.
 */
@Component
class LeadImport implements ImportTarget {

    static final List<String> MATCH_FIELDS = List.of("externalId", "email", "phone", "name");
    private static final String PHONE_DIGITS = "regexp_replace(%s, '[^0-9]', '', 'g')";

    private final List<ImportField> fields;
    private final UserDirectory users;
    private final EntityManager entityManager;
    private final JdbcClient jdbc;

    LeadImport(UserReferences userReferences, UserDirectory users, EntityManager entityManager, JdbcClient jdbc) {
        this.users = users;
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        this.fields = List.of(
                ImportField.text("externalId", "lead.field.externalId", 100, "External ID", "Lead ID", "外部编号",
                        "外部ID", "线索编号", "ID"),
                ImportField.text("name", "lead.field.name", 100, "Name", "Full name", "Lead name", "Contact name",
                        "姓名", "名字", "联系人", "线索名称", "客户姓名").asRequired(),
                ImportField.text("company", "lead.field.company", 200, "Company", "Company name", "Organization",
                        "Account name", "公司", "公司名称", "单位", "单位名称", "企业名称"),
                ImportField.text("title", "lead.field.title", 100, "Title", "Job title", "Position", "职位", "职务",
                        "头衔"),
                new ImportField("email", "lead.field.email", FieldType.EMAIL, false, 254, List.of("Email", "E-mail",
                        "Email address", "邮箱", "电子邮件", "电子邮箱"), null, null),
                new ImportField("phone", "lead.field.phone", FieldType.PHONE, false, 40, List.of("Phone", "Telephone",
                        "Office phone", "Business phone", "电话", "座机", "办公电话", "联系电话"), null, null),
                new ImportField("mobile", "lead.field.mobile", FieldType.PHONE, false, 40, List.of("Mobile",
                        "Mobile phone", "Cell", "Cell phone", "手机", "手机号", "手机号码", "移动电话"), null, null),
                ImportField.choice("source", "lead.field.source", SalesImportValues.options(LeadSource.values(),
                                "lead.source.", Map.of(
                                        "web_form", List.of("官网", "网站", "Web", "Website"),
                                        "phone", List.of("电话", "来电", "Phone"),
                                        "email", List.of("邮件"),
                                        "campaign", List.of("市场活动", "活动"),
                                        "walk_in", List.of("来访"),
                                        "referral", List.of("介绍", "朋友介绍", "转介绍"),
                                        "trade_show", List.of("展会", "Exhibition"))),
                        "Source", "Lead source", "来源", "线索来源"),
                ImportField.choice("status", "lead.field.status", SalesImportValues.options(LeadStatus.values(),
                                "lead.status.", Map.of(
                                        "new", List.of("新建", "未处理", "Open"),
                                        "working", List.of("跟进中", "处理中", "Contacted", "In progress"),
                                        "qualified", List.of("已转化", "Qualified"),
                                        "disqualified", List.of("无效", "不合格", "Unqualified"))),
                        "Status", "Lead status", "状态", "线索状态"),
                ImportField.choice("rating", "lead.field.rating", SalesImportValues.options(LeadRating.values(),
                                "lead.rating.", Map.of(
                                        "hot", List.of("热", "高"),
                                        "warm", List.of("温", "中"),
                                        "cold", List.of("冷", "低"))),
                        "Rating", "Lead rating", "评级", "热度", "线索评级"),
                ImportField.text("interest", "lead.field.interest", 2000, "Interest", "Interested in", "Need",
                        "Requirement", "意向", "需求", "意向产品"),
                ImportField.of("budget", "lead.field.budget", FieldType.NUMBER, "Budget", "预算", "预算金额"),
                ImportField.text("currency", "lead.field.currency", 10, "Currency", "币种", "货币"),
                ImportField.choice("industry", "lead.field.industry", SalesImportValues.options(Industry.values(),
                                "account.industry.", Map.of(
                                        "it_software", List.of("IT", "软件", "互联网", "Software", "Internet"),
                                        "manufacturing", List.of("制造"),
                                        "wholesale_retail", List.of("批发", "零售", "Retail"),
                                        "finance", List.of("银行", "保险", "Banking"))),
                        "Industry", "行业", "所属行业"),
                ImportField.text("region", "lead.field.region", 100, "Region", "Territory", "区域", "地区", "省份"),
                ImportField.text("city", "lead.field.city", 100, "City", "城市"),
                ImportField.text("notes", "lead.field.notes", 5000, "Notes", "Description", "Remarks", "备注", "说明",
                        "描述"),
                ImportField.reference("ownerId", "lead.field.ownerId", userReferences, "Owner", "Lead owner",
                        "Assigned to", "Sales rep", "负责人", "所有者", "销售", "业务员"));
    }

    @Override
    public String entity() {
        return "leads";
    }

    @Override
    public String labelKey() {
        return "import.entity.leads";
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
        CurrentUser importer = batch.importer();
        Map<UUID, UserSummary> owners = owners(batch.rows(), importer);
        Map<UUID, Boolean> assignable = new HashMap<>();
        Matches matches = find(batch.rows(), batch.matchOn(), importer);
        Map<String, UUID> createdHere = new HashMap<>();
        Map<String, UUID> usedExternalIds = new HashMap<>();
        Set<UUID> updatedHere = new HashSet<>();
        List<RowOutcome> outcomes = new ArrayList<>();
        for (ImportRow row : batch.rows()) {
            Clean clean = new Clean();
            RowOutcome invalid = clean.check(row);
            if (invalid != null) {
                outcomes.add(invalid);
                continue;
            }
            UUID explicitOwner = row.id("ownerId");
            if (explicitOwner != null && (!owners.containsKey(explicitOwner) || !owners.get(explicitOwner).active())) {
                outcomes.add(RowOutcome.rejected(row.number(), "ownerId", "validation.reference-unknown"));
                continue;
            }
            if (explicitOwner != null && !explicitOwner.equals(importer.id())
                    && !assignable.computeIfAbsent(explicitOwner, users::mayAssignTo)) {
                outcomes.add(RowOutcome.rejected(row.number(), "ownerId", "problem.account.assign-denied"));
                continue;
            }
            List<String> keys = keys(row.text("externalId"), row.text("email"), row.text("phone"), row.text("mobile"),
                    row.text("name"), row.text("company"), batch.matchOn());
            Existing existing = keys.stream().map(matches.byKey::get).filter(Objects::nonNull).findFirst().orElse(null);
            UUID pending = keys.stream().map(createdHere::get).filter(Objects::nonNull).findFirst().orElse(null);
            boolean seenBefore = keys.stream().anyMatch(batch.seenKeys()::contains);
            String externalId = row.text("externalId");
            if ((existing != null || pending != null || seenBefore) && batch.onDuplicate() != DuplicateMode.CREATE) {
                if (batch.onDuplicate() == DuplicateMode.SKIP || existing == null) {
                    // a lead this import creates is not changed by a later row of the same file
                    outcomes.add(RowOutcome.skipped(row.number(), existing != null ? existing.id : pending));
                    continue;
                }
                outcomes.add(update(row, existing, clean, explicitOwner, owners, matches, usedExternalIds, updatedHere,
                        importer, batch));
                continue;
            }
            if (externalId != null && (matches.externalIdHolders.containsKey(externalId)
                    || usedExternalIds.containsKey(externalId) || batch.seenKeys().contains("usedExternalId:" + externalId))) {
                outcomes.add(RowOutcome.rejected(row.number(), "externalId", "validation.external-id-taken"));
                continue;
            }
            Lead lead = new Lead(row.text("name").strip());
            apply(lead, row, clean);
            if (!row.has("source")) {
                lead.setSource(LeadSource.IMPORT);
            }
            UUID ownerId = explicitOwner != null ? explicitOwner : importer.id();
            lead.assignTo(ownerId, owners.get(ownerId) == null ? importer.departmentId() : owners.get(ownerId).departmentId());
            if (!batch.dryRun()) {
                entityManager.persist(lead);
            }
            for (String key : keys) {
                createdHere.putIfAbsent(key, lead.getId());
                batch.seenKeys().add(key);
            }
            if (externalId != null) {
                usedExternalIds.put(externalId, lead.getId());
                batch.seenKeys().add("usedExternalId:" + externalId);
            }
            outcomes.add(RowOutcome.created(row.number(), lead.getId()));
        }
        if (!batch.dryRun()) {
            entityManager.flush();
        }
        return outcomes;
    }

    /** An existing lead changed as the edit form would change it, or the reason it cannot be. */
    private RowOutcome update(ImportRow row, Existing existing, Clean clean, UUID explicitOwner,
                              Map<UUID, UserSummary> owners, Matches matches, Map<String, UUID> usedExternalIds,
                              Set<UUID> updatedHere, CurrentUser importer, ImportBatch batch) {
        long number = row.number();
        if (existing.converted) {
            return RowOutcome.rejected(number, null, "problem.lead.converted");
        }
        if (!importer.mayChange(existing.ownerId, existing.departmentId)) {
            return RowOutcome.rejected(number, null, existing.ownerId == null ? "problem.lead.claim-first" : "problem.lead.not-yours");
        }
        if (explicitOwner != null && !explicitOwner.equals(existing.ownerId) && !importer.mayAssign()) {
            return RowOutcome.rejected(number, "ownerId", "problem.account.assign-denied");
        }
        String externalId = row.text("externalId");
        if (externalId != null) {
            UUID holder = matches.externalIdHolders.getOrDefault(externalId, usedExternalIds.get(externalId));
            if (holder != null && !holder.equals(existing.id)
                    || holder == null && batch.seenKeys().contains("usedExternalId:" + externalId)) {
                return RowOutcome.rejected(number, "externalId", "validation.external-id-taken");
            }
            usedExternalIds.put(externalId, existing.id);
            batch.seenKeys().add("usedExternalId:" + externalId);
        }
        if (!updatedHere.add(existing.id)) {
            // the file names the same lead twice: the first row is taken, the next is a duplicate of it
            return RowOutcome.skipped(number, existing.id);
        }
        if (batch.dryRun()) {
            return RowOutcome.updated(number, existing.id);
        }
        // Locked until the chunk commits: an edit made meanwhile waits for it, and an edit made since
        // the duplicate check (a conversion, a deletion) is seen here and wins.
        Lead lead = entityManager.find(Lead.class, existing.id, LockModeType.PESSIMISTIC_WRITE);
        if (lead == null || lead.getDeletedAt() != null || lead.isConverted() || lead.getVersion() != existing.version) {
            return RowOutcome.rejected(number, null, "import.row.changed-meanwhile");
        }
        apply(lead, row, clean);
        if (explicitOwner != null && !explicitOwner.equals(lead.getOwnerId())) {
            lead.assignTo(explicitOwner, owners.get(explicitOwner).departmentId());
        }
        return RowOutcome.updated(number, existing.id);
    }

    /** Takes every field the row fills; owner and department are the caller's decision. */
    private static void apply(Lead lead, ImportRow row, Clean clean) {
        if (row.has("externalId")) lead.setExternalId(row.text("externalId"));
        if (row.has("name")) lead.setName(row.text("name").strip());
        if (row.has("company")) lead.setCompany(row.text("company"));
        if (row.has("title")) lead.setTitle(row.text("title"));
        if (row.has("email")) lead.setEmail(row.text("email"));
        if (row.has("phone")) lead.setPhone(row.text("phone"));
        if (row.has("mobile")) lead.setMobile(row.text("mobile"));
        if (row.has("source")) lead.setSource(CodedEnum.fromCode(LeadSource.class, row.text("source")).orElseThrow());
        if (row.has("status")) lead.setStatus(CodedEnum.fromCode(LeadStatus.class, row.text("status")).orElseThrow());
        if (row.has("rating")) lead.setRating(CodedEnum.fromCode(LeadRating.class, row.text("rating")).orElseThrow());
        if (row.has("interest")) lead.setInterest(row.text("interest"));
        if (row.has("budget")) lead.setBudget(row.number("budget"));
        if (clean.currency != null) lead.setCurrency(clean.currency);
        if (row.has("industry")) lead.setIndustry(row.text("industry"));
        if (row.has("region")) lead.setRegion(row.text("region"));
        if (row.has("city")) lead.setCity(row.text("city"));
        if (row.has("notes")) lead.setNotes(row.text("notes"));
    }

    /** The form's checks beyond the engine's, or the first problem. */
    private static final class Clean {
        String currency;

        RowOutcome check(ImportRow row) {
            long number = row.number();
            if (row.text("name") == null || row.text("name").isBlank()) {
                return RowOutcome.rejected(number, "name", "import.row.required");
            }
            String status = row.text("status");
            if (LeadStatus.QUALIFIED.code().equals(status)) {
                return RowOutcome.rejected(number, "status", "validation.lead-qualify-by-conversion");
            }
            if (LeadStatus.DISQUALIFIED.code().equals(status)) {
                return RowOutcome.rejected(number, "status", "validation.lead-disqualify-with-reason");
            }
            BigDecimal budget = row.number("budget");
            if (budget != null && SalesImportValues.amountProblem(budget) != null) {
                return RowOutcome.rejected(number, "budget", SalesImportValues.amountProblem(budget));
            }
            if (row.has("currency")) {
                currency = SalesImportValues.currency(row.text("currency"));
                if (currency == null) {
                    return RowOutcome.rejected(number, "currency", "validation.currency");
                }
            }
            return null;
        }
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

    /** The match keys of a lead for the chosen fields ("email:a@b.cn", "phone:13800000000", "name:王伟|华东钢铁"). */
    private static List<String> keys(String externalId, String email, String phone, String mobile, String name,
                                     String company, List<String> matchOn) {
        List<String> keys = new ArrayList<>();
        for (String field : matchOn) {
            switch (field) {
                case "externalId" -> {
                    if (externalId != null) keys.add("externalId:" + externalId);
                }
                case "email" -> {
                    if (email != null && !email.isBlank()) keys.add("email:" + email.strip().toLowerCase(Locale.ROOT));
                }
                case "phone" -> {
                    for (String number : new String[] {phone, mobile}) {
                        String digits = number == null ? "" : SearchKeys.digits(number);
                        if (!digits.isEmpty()) keys.add("phone:" + digits);
                    }
                }
                default -> {
                    if (name != null && !name.isBlank()) {
                        keys.add("name:" + name.strip().toLowerCase(Locale.ROOT) + "|"
                                + (company == null ? "" : company.strip().toLowerCase(Locale.ROOT)));
                    }
                }
            }
        }
        return keys;
    }

    /** An existing lead as the duplicate check sees it. */
    private record Existing(UUID id, long version, UUID ownerId, UUID departmentId, boolean converted) {
    }

    private static final class Matches {
        private final Map<String, Existing> byKey = new HashMap<>();
        private final Map<String, UUID> externalIdHolders = new HashMap<>();
    }

    /** One query per chunk among the leads the importer can see; external ids among all leads. */
    private Matches find(List<ImportRow> rows, List<String> matchOn, CurrentUser importer) {
        Set<String> externalIds = new HashSet<>();
        Set<String> emails = new HashSet<>();
        Set<String> phones = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (ImportRow row : rows) {
            if (row.has("externalId")) {
                externalIds.add(row.text("externalId"));
            }
            if (matchOn.contains("email") && row.has("email")) {
                emails.add(row.text("email").toLowerCase(Locale.ROOT));
            }
            if (matchOn.contains("phone")) {
                for (String field : List.of("phone", "mobile")) {
                    if (row.has(field) && !SearchKeys.digits(row.text(field)).isEmpty()) {
                        phones.add(SearchKeys.digits(row.text(field)));
                    }
                }
            }
            if (matchOn.contains("name") && row.has("name")) {
                names.add(row.text("name").strip().toLowerCase(Locale.ROOT));
            }
        }
        Matches matches = new Matches();
        if (externalIds.isEmpty() && emails.isEmpty() && phones.isEmpty() && names.isEmpty()) {
            return matches;
        }
        Where where = new Where().add("l.deleted_at is null").add(importer.scope().readableSql("l")).add(new SqlCondition("""
                (l.external_id = any(:ext)
                 or (l.email is not null and lower(l.email) = any(:emails))
                 or (l.phone is not null and %s = any(:phones))
                 or (l.mobile is not null and %s = any(:phones))
                 or lower(l.name) = any(:names))""".formatted(PHONE_DIGITS.formatted("l.phone"),
                        PHONE_DIGITS.formatted("l.mobile")),
                Map.of("ext", externalIds.toArray(String[]::new), "emails", emails.toArray(String[]::new),
                        "phones", phones.toArray(String[]::new), "names", names.toArray(String[]::new))));
        where.bind(jdbc.sql("""
                        select l.id, l.version, l.owner_id, l.department_id, l.converted_at, l.external_id, l.email,
                               l.phone, l.mobile, l.name, l.company
                        from leads l where %s order by l.created_at, l.id""".formatted(where.sql())))
                .query((rs, n) -> {
                    Existing lead = new Existing(rs.getObject(1, UUID.class), rs.getLong(2), rs.getObject(3, UUID.class),
                            rs.getObject(4, UUID.class), rs.getObject(5) != null);
                    keys(rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                            rs.getString(11), MATCH_FIELDS).forEach(key -> matches.byKey.putIfAbsent(key, lead));
                    return null;
                }).list();
        if (!externalIds.isEmpty()) {
            jdbc.sql("select external_id, id from leads where external_id = any(:ext)")
                    .param("ext", externalIds.toArray(String[]::new))
                    .query((rs, n) -> Map.entry(rs.getString(1), rs.getObject(2, UUID.class))).list()
                    .forEach(e -> matches.externalIdHolders.put(e.getKey(), e.getValue()));
        }
        return matches;
    }
}
