package dev.guanxi.sales.internal;

import dev.guanxi.customer.AccountReferences;
import dev.guanxi.customer.Accounts;
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
import dev.guanxi.shared.sql.Where;
import dev.guanxi.shared.visibility.SqlCondition;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
 * Opportunities (销售机会) from another system, with their history: a deal is recorded as created on
 * the file's created date and, when closed, as won or lost on its close date — through
 * {@link HistoricalDeals}, so that the stage history, close date and creation time are the ones every
 * report (funnel, win/loss, sales summary, won deals per period) reads. The form's rules apply: the
 * importer must be allowed to work on the account, an owner other than the importer needs the right to
 * assign, a loss needs a reason; and a history must make sense — no close in the future or before the
 * deal was created. Every such problem is found here, per row, before anything is written, so no row
 * can fail the chunk. A duplicate (same external id, or same name at the same account, among the deals
 * the importer can see) is skipped or created again; an import does not rewrite an existing deal's history.
 * Nothing is announced per deal: no stage-change events, webhooks or notifications.
 */
@Component
class OpportunityImport implements ImportTarget {

    static final List<String> MATCH_FIELDS = List.of("externalId", "name");
    private static final int MAX_REASON = 1000;

    private final List<ImportField> fields;
    private final UserDirectory users;
    private final Accounts accounts;
    private final SalesProcesses processes;
    private final HistoricalDeals history;
    private final JdbcClient jdbc;

    OpportunityImport(AccountReferences accountReferences, UserReferences userReferences,
                      SalesStageReferences stageReferences, ProductReferences productReferences, UserDirectory users,
                      Accounts accounts, SalesProcesses processes, HistoricalDeals history, JdbcClient jdbc) {
        this.users = users;
        this.accounts = accounts;
        this.processes = processes;
        this.history = history;
        this.jdbc = jdbc;
        this.fields = List.of(
                ImportField.text("externalId", "opportunity.field.externalId", 100, "External ID", "Opportunity ID",
                        "Deal ID", "外部编号", "外部ID", "机会编号", "商机编号", "ID"),
                ImportField.text("name", "opportunity.field.name", 200, "Opportunity name", "Opportunity", "Deal name",
                        "Deal", "Name", "机会名称", "商机名称", "销售机会", "项目名称", "名称").asRequired(),
                ImportField.reference("accountId", "opportunity.field.accountId", accountReferences, "Account name",
                        "Account", "Customer", "Company", "客户名称", "客户", "公司名称", "公司").asRequired(),
                ImportField.reference("stage", "opportunity.field.stage", stageReferences, "Stage", "Sales stage",
                        "Opportunity stage", "Deal stage", "销售阶段", "阶段", "机会阶段"),
                ImportField.choice("status", "opportunity.field.status", SalesImportValues.options(
                                OpportunityStatus.values(), "opportunity.status.", Map.of(
                                        "open", List.of("进行中", "跟进中", "未关闭", "In progress"),
                                        "won", List.of("Closed Won", "赢单", "成交", "已成交", "签约"),
                                        "lost", List.of("Closed Lost", "输单", "丢单", "已失败"))),
                        "Status", "Deal status", "状态", "机会状态", "商机状态"),
                ImportField.of("amount", "opportunity.field.amount", FieldType.NUMBER, "Amount", "Deal amount",
                        "Opportunity amount", "Value", "金额", "机会金额", "商机金额", "预计金额", "合同金额"),
                ImportField.text("currency", "opportunity.field.currency", 10, "Currency", "币种", "货币"),
                ImportField.of("probability", "opportunity.field.probability", FieldType.NUMBER, "Probability",
                        "Probability (%)", "Win probability", "赢率", "成交概率", "可能性"),
                ImportField.of("expectedCloseDate", "opportunity.field.expectedCloseDate", FieldType.DATE,
                        "Expected close date", "Expected close", "预计成交日期", "预计签单日期", "预计结束日期"),
                ImportField.of("closeDate", "opportunity.field.closeDate", FieldType.DATE, "Close date", "Closed on",
                        "Closed date", "成交日期", "关闭日期", "结束日期", "签单日期"),
                ImportField.of("createdAt", "opportunity.field.createdAt", FieldType.DATE, "Created date", "Created",
                        "Created on", "Create date", "创建日期", "创建时间", "立项日期"),
                ImportField.of("stageChangedAt", "opportunity.field.stageChangedAt", FieldType.DATE, "Stage date",
                        "Last stage change", "Stage changed", "阶段变更日期", "进入阶段日期"),
                ImportField.reference("productId", "opportunity.field.productId", productReferences, "Product",
                        "Product name", "Product code", "产品", "产品名称", "产品编码"),
                ImportField.choice("source", "opportunity.field.source", SalesImportValues.options(
                                OpportunitySource.values(), "opportunity.source.", Map.of(
                                        "web", List.of("官网", "网络", "Web"),
                                        "referral", List.of("介绍", "朋友介绍"),
                                        "partner", List.of("合作伙伴", "渠道"),
                                        "existing_customer", List.of("老客户"),
                                        "trade_show", List.of("展会"))),
                        "Source", "Lead source", "Opportunity source", "来源", "机会来源", "商机来源"),
                ImportField.text("winReason", "opportunity.field.winReason", MAX_REASON, "Win reason", "赢单原因",
                        "成功原因"),
                ImportField.text("lossReason", "opportunity.field.lossReason", MAX_REASON, "Loss reason",
                        "Reason lost", "Lost reason", "输单原因", "失败原因", "丢单原因"),
                ImportField.text("description", "opportunity.field.description", 5000, "Description", "Notes",
                        "描述", "备注", "说明"),
                ImportField.reference("ownerId", "opportunity.field.ownerId", userReferences, "Owner",
                        "Opportunity owner", "Sales rep", "Assigned to", "负责人", "所有者", "销售", "业务员", "销售代表"));
    }

    @Override
    public String entity() {
        return "opportunities";
    }

    @Override
    public String labelKey() {
        return "import.entity.opportunities";
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
        Instant now = Instant.now();
        LocalDate today = HistoricalDeals.dayOf(now);
        SalesProcesses.ProcessView process = processes.defaultProcess();
        Map<UUID, SalesStage> stages = new HashMap<>();
        process.stages().forEach(s -> stages.put(s.getId(), s));
        Map<UUID, UserSummary> owners = owners(batch.rows(), importer);
        Map<UUID, Boolean> assignable = new HashMap<>();
        Map<UUID, Boolean> workable = workableAccounts(batch.rows(), batch.dryRun());
        Matches matches = find(batch.rows(), batch.matchOn(), importer);
        Map<String, UUID> createdHere = new HashMap<>();
        List<RowOutcome> outcomes = new ArrayList<>();
        List<HistoricalDeals.Deal> deals = new ArrayList<>();
        List<Long> dealRows = new ArrayList<>();
        for (ImportRow row : batch.rows()) {
            Checked checked = check(row, process, stages, today, now, importer);
            if (checked.rejection != null) {
                outcomes.add(checked.rejection);
                continue;
            }
            UUID ownerId = row.id("ownerId") != null ? row.id("ownerId") : importer.id();
            if (!owners.containsKey(ownerId) || !owners.get(ownerId).active()) {
                outcomes.add(RowOutcome.rejected(row.number(), "ownerId", "validation.reference-unknown"));
                continue;
            }
            if (!ownerId.equals(importer.id()) && !assignable.computeIfAbsent(ownerId, users::mayAssignTo)) {
                outcomes.add(RowOutcome.rejected(row.number(), "ownerId", "problem.account.assign-denied"));
                continue;
            }
            if (!workable.getOrDefault(row.id("accountId"), false)) {
                outcomes.add(RowOutcome.rejected(row.number(), "accountId", "problem.opportunity.account-not-yours"));
                continue;
            }
            List<String> keys = keys(row.text("externalId"), row.id("accountId"), row.text("name"), batch.matchOn());
            UUID existing = keys.stream().map(matches.byKey::get).filter(Objects::nonNull).findFirst().orElse(null);
            UUID pending = keys.stream().map(createdHere::get).filter(Objects::nonNull).findFirst().orElse(null);
            boolean seenBefore = keys.stream().anyMatch(batch.seenKeys()::contains);
            if ((existing != null || pending != null || seenBefore) && batch.onDuplicate() != DuplicateMode.CREATE) {
                outcomes.add(batch.onDuplicate() == DuplicateMode.SKIP
                        ? RowOutcome.skipped(row.number(), existing != null ? existing : pending)
                        : RowOutcome.rejected(row.number(), null, "import.opportunity.no-update"));
                continue;
            }
            String externalId = row.text("externalId");
            if (externalId != null && (matches.externalIdHolders.contains(externalId)
                    || batch.seenKeys().contains("usedExternalId:" + externalId))) {
                outcomes.add(RowOutcome.rejected(row.number(), "externalId", "validation.external-id-taken"));
                continue;
            }
            HistoricalDeals.Deal deal = checked.deal.owner(ownerId);
            deals.add(deal);
            dealRows.add(row.number());
            // a stand-in until the deal is written (its id is made then); a preview never has one
            UUID marker = UUID.randomUUID();
            for (String key : keys) {
                createdHere.putIfAbsent(key, marker);
                batch.seenKeys().add(key);
            }
            if (externalId != null) {
                batch.seenKeys().add("usedExternalId:" + externalId);
            }
        }
        if (batch.dryRun()) {
            dealRows.forEach(number -> outcomes.add(RowOutcome.created(number, null)));
        } else if (!deals.isEmpty()) {
            List<Opportunity> saved = history.recordAll(deals);
            for (int i = 0; i < saved.size(); i++) {
                outcomes.add(RowOutcome.created(dealRows.get(i), saved.get(i).getId()));
            }
        }
        return outcomes;
    }

    /** A row's deal, checked as {@link HistoricalDeals} and the opportunity form would check it, or its rejection. */
    private record Checked(HistoricalDeals.Deal deal, RowOutcome rejection) {
        static Checked rejected(ImportRow row, String field, String key, Object... args) {
            return new Checked(null, RowOutcome.rejected(row.number(), field, key, args));
        }
    }

    private Checked check(ImportRow row, SalesProcesses.ProcessView process, Map<UUID, SalesStage> stages,
                          LocalDate today, Instant now, CurrentUser importer) {
        String name = row.text("name") == null ? null : row.text("name").strip();
        if (name == null || name.isEmpty()) {
            return Checked.rejected(row, "name", "import.row.required");
        }
        SalesStage stage = row.id("stage") == null ? null : stages.get(row.id("stage"));
        if (row.id("stage") != null && stage == null) {
            return Checked.rejected(row, "stage", "validation.stage-of-process");
        }
        OpportunityStatus status = row.has("status")
                ? dev.guanxi.shared.values.CodedEnum.fromCode(OpportunityStatus.class, row.text("status")).orElseThrow()
                : stage == null ? OpportunityStatus.OPEN : statusOf(stage);
        if (stage != null && !stage.isOpen() && statusOf(stage) != status) {
            return Checked.rejected(row, "status", "import.opportunity.status-stage-mismatch");
        }
        BigDecimal amount = row.number("amount");
        if (amount != null && SalesImportValues.amountProblem(amount) != null) {
            return Checked.rejected(row, "amount", SalesImportValues.amountProblem(amount));
        }
        BigDecimal probability = row.number("probability");
        if (probability != null && (probability.stripTrailingZeros().scale() > 0 || probability.signum() < 0
                || probability.compareTo(BigDecimal.valueOf(100)) > 0)) {
            return Checked.rejected(row, "probability", "validation.probability");
        }
        String currency = "CNY";
        if (row.has("currency")) {
            currency = SalesImportValues.currency(row.text("currency"));
            if (currency == null) {
                return Checked.rejected(row, "currency", "validation.currency");
            }
        }
        LocalDate created = row.date("createdAt");
        LocalDate closed = row.date("closeDate");
        LocalDate stageDay = row.date("stageChangedAt");
        if (created != null && created.isAfter(today)) {
            return Checked.rejected(row, "createdAt", "import.opportunity.created-in-future", created);
        }
        boolean closing = status != OpportunityStatus.OPEN;
        LocalDate expected = row.date("expectedCloseDate");
        if (closing) {
            if (closed == null) {
                return Checked.rejected(row, "closeDate", "import.opportunity.close-date-required");
            }
            if (closed.isAfter(today)) {
                return Checked.rejected(row, "closeDate", "import.opportunity.close-in-future", closed);
            }
            if (created != null && closed.isBefore(created)) {
                return Checked.rejected(row, "closeDate", "import.opportunity.close-before-created", closed, created);
            }
            if (status == OpportunityStatus.LOST && !row.has("lossReason")) {
                return Checked.rejected(row, "lossReason", "import.opportunity.loss-reason-required");
            }
        } else if (expected == null) {
            // another CRM's "close date" of an open deal is the day it is expected to close
            expected = closed;
        }
        // A closed deal without a created date was opened when it closed; an open one, now.
        Instant openedAt = created != null ? at(created, now) : closing ? at(closed, now) : now;
        LocalDate openedOn = HistoricalDeals.dayOf(openedAt);
        if (expected != null && expected.isBefore(openedOn)) {
            return Checked.rejected(row, row.has("expectedCloseDate") ? "expectedCloseDate" : "closeDate",
                    "validation.close-before-open");
        }
        SalesStage first = process.openStages().get(0);
        Instant stageAt = null;
        if (!closing && stage != null && !stage.getId().equals(first.getId()) && stageDay != null) {
            stageAt = at(stageDay, now);
            if (stageDay.isAfter(today) || stageAt.isBefore(openedAt)) {
                return Checked.rejected(row, "stageChangedAt", "import.opportunity.stage-date", stageDay);
            }
        }
        HistoricalDeals.Deal deal = HistoricalDeals.Deal.of(name, row.id("accountId"))
                .externalId(row.text("externalId")).description(row.text("description")).currency(currency)
                .expectedClose(expected).probability(probability == null ? null : probability.intValueExact());
        if (row.has("source")) {
            deal.source(dev.guanxi.shared.values.CodedEnum.fromCode(OpportunitySource.class, row.text("source")).orElseThrow());
        }
        if (row.id("productId") != null) {
            // one product line: the file's amount is its price, or the catalogue's list price
            deal.line(row.id("productId"), null, BigDecimal.ONE, amount, null);
        } else {
            deal.amount(amount);
        }
        SalesStage opening = stage != null && stage.isOpen() ? stage : first;
        if (stageAt != null) {
            deal.opened(first.getCode(), openedAt, importer.id()).movedTo(stage.getCode(), stageAt, importer.id());
        } else {
            deal.opened(opening.getCode(), openedAt, importer.id());
        }
        if (status == OpportunityStatus.WON) {
            deal.won(at(closed, now), importer.id(), row.text("winReason"));
        } else if (status == OpportunityStatus.LOST) {
            deal.lost(at(closed, now), importer.id(), row.text("lossReason"));
        }
        return new Checked(deal, null);
    }

    private static OpportunityStatus statusOf(SalesStage stage) {
        return switch (stage.getOutcome()) {
            case OPEN -> OpportunityStatus.OPEN;
            case WON -> OpportunityStatus.WON;
            case LOST -> OpportunityStatus.LOST;
        };
    }

    /** A day of the past as the moment it is recorded at (noon UTC), or now for today before noon. */
    private static Instant at(LocalDate day, Instant now) {
        Instant noon = HistoricalDeals.on(day);
        return noon.isAfter(now) ? now : noon;
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

    /**
     * The chunk's accounts the importer may work on, as the form requires of a new deal's account. In a
     * preview an account the run would create (an id the database does not know yet) counts as the
     * importer's own, which it will be.
     */
    private Map<UUID, Boolean> workableAccounts(List<ImportRow> rows, boolean dryRun) {
        Set<UUID> ids = new HashSet<>();
        rows.forEach(r -> {
            if (r.id("accountId") != null) {
                ids.add(r.id("accountId"));
            }
        });
        Set<UUID> readable = accounts.findReadable(ids).keySet();
        Set<UUID> inDatabase = dryRun ? existingAccounts(ids) : Set.of();
        Map<UUID, Boolean> workable = new HashMap<>();
        for (UUID id : ids) {
            workable.put(id, readable.contains(id) ? accounts.mayEdit(id) : dryRun && !inDatabase.contains(id));
        }
        return workable;
    }

    private Set<UUID> existingAccounts(Set<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select id from accounts where id = any(:ids)")
                .param("ids", ids.toArray(UUID[]::new)).query(UUID.class).list());
    }

    private static List<String> keys(String externalId, UUID accountId, String name, List<String> matchOn) {
        List<String> keys = new ArrayList<>();
        for (String field : matchOn) {
            if (field.equals("externalId") && externalId != null) {
                keys.add("externalId:" + externalId);
            } else if (field.equals("name") && name != null && accountId != null) {
                keys.add("name:" + accountId + ":" + name.strip().toLowerCase(Locale.ROOT));
            }
        }
        return keys;
    }

    /** Existing deals by match key among those the importer can see, and every holder of the chunk's external ids. */
    private static final class Matches {
        private final Map<String, UUID> byKey = new HashMap<>();
        private final Set<String> externalIdHolders = new HashSet<>();
    }

    private Matches find(List<ImportRow> rows, List<String> matchOn, CurrentUser importer) {
        Set<String> externalIds = new HashSet<>();
        Set<UUID> accountIds = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (ImportRow row : rows) {
            if (row.has("externalId")) {
                externalIds.add(row.text("externalId"));
            }
            if (matchOn.contains("name") && row.has("name") && row.id("accountId") != null) {
                accountIds.add(row.id("accountId"));
                names.add(row.text("name").strip().toLowerCase(Locale.ROOT));
            }
        }
        Matches matches = new Matches();
        if (externalIds.isEmpty() && names.isEmpty()) {
            return matches;
        }
        Where where = new Where().add("o.deleted_at is null").add(importer.scope().readableSql("o")).add(new SqlCondition(
                "(o.external_id = any(:ext) or (o.account_id = any(:accounts) and lower(o.name) = any(:names)))",
                Map.of("ext", externalIds.toArray(String[]::new), "accounts", accountIds.toArray(UUID[]::new),
                        "names", names.toArray(String[]::new))));
        where.bind(jdbc.sql("select o.id, o.external_id, o.account_id, o.name from opportunities o where " + where.sql()
                        + " order by o.created_at, o.id"))
                .query((rs, n) -> {
                    UUID id = rs.getObject(1, UUID.class);
                    keys(rs.getString(2), rs.getObject(3, UUID.class), rs.getString(4), MATCH_FIELDS)
                            .forEach(key -> matches.byKey.putIfAbsent(key, id));
                    return null;
                }).list();
        if (!externalIds.isEmpty()) {
            // external ids are unique among all deals, deleted or out of the importer's sight included
            matches.externalIdHolders.addAll(jdbc.sql("select external_id from opportunities where external_id = any(:ext)")
                    .param("ext", externalIds.toArray(String[]::new)).query(String.class).list());
        }
        return matches;
    }
}
