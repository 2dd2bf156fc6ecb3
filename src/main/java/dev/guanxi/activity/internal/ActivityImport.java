package dev.guanxi.activity.internal;

import dev.guanxi.contact.ContactSummary;
import dev.guanxi.contact.Contacts;
import dev.guanxi.customer.AccountReferences;
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
import dev.guanxi.imports.internal.values.DateParsing;
import dev.guanxi.sales.OpportunitySummary;
import dev.guanxi.sales.Opportunities;
import dev.guanxi.shared.values.CodedEnum;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Activities (活动) from the old CRM, with their real dates: a call made on 2018-05-04 stays made then —
 * its times as the file gives them (read in the importer's time zone unless they carry an offset), and
 * the record counts as written down at the earliest of them. A done activity without actual times was
 * done as planned. The form's rules apply: the owner is the importer unless the file names one the
 * importer may assign to, every link is a record the importer can see (an account by id, external id
 * or name; a contact or a deal by id only — see {@link ActivityIdReferences}), an end is not before its
 * start, a cost is not negative. History does not ring: imported activities carry no reminder, and
 * their planned times already past are marked as alerted, so no reminder or overdue alert fires for
 * them. A duplicate is recognised by external id only (skipped, updated if the importer may change it,
 * or refused when created again with an id already taken).
 */
@Component
class ActivityImport implements ImportTarget {

    static final List<String> MATCH_FIELDS = List.of("externalId");
    private static final List<String> TIMES = List.of("plannedStart", "plannedEnd", "actualStart", "actualEnd");

    private final List<ImportField> fields;
    private final UserDirectory users;
    private final Contacts contacts;
    private final Opportunities opportunities;
    private final EntityManager entityManager;
    private final JdbcClient jdbc;

    ActivityImport(AccountReferences accountReferences, UserReferences userReferences, UserDirectory users,
                   Contacts contacts, Opportunities opportunities, EntityManager entityManager, JdbcClient jdbc) {
        this.users = users;
        this.contacts = contacts;
        this.opportunities = opportunities;
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        this.fields = List.of(
                ImportField.text("externalId", "activity.field.externalId", 100, "External ID", "Activity ID", "ID",
                        "外部编号", "外部ID", "活动编号"),
                ImportField.choice("type", "activity.field.type", types(), "Type", "Activity type", "Kind", "类型",
                        "活动类型").asRequired(),
                ImportField.text("subject", "activity.field.subject", 200, "Subject", "Title", "Topic", "主题", "标题",
                        "活动主题").asRequired(),
                ImportField.text("description", "activity.field.description", 10000, "Description", "Notes",
                        "Details", "描述", "内容", "备注", "活动内容"),
                ImportField.reference("accountId", "activity.field.accountId", accountReferences, "Account",
                        "Account name", "Company", "Customer", "客户", "客户名称", "公司", "公司名称"),
                ImportField.reference("contactId", "activity.field.contactId",
                        ActivityIdReferences.contacts(contacts), "Contact", "Contact ID", "联系人", "联系人编号"),
                ImportField.reference("opportunityId", "activity.field.opportunityId",
                        ActivityIdReferences.opportunities(opportunities), "Opportunity", "Deal", "Opportunity ID",
                        "商机", "销售机会", "机会编号"),
                ImportField.text("plannedStart", "activity.field.plannedStart", 40, "Start", "Start time",
                        "Planned start", "Date", "开始时间", "开始", "计划开始时间", "日期", "时间"),
                ImportField.text("plannedEnd", "activity.field.plannedEnd", 40, "End", "End time", "Planned end",
                        "结束时间", "结束", "计划结束时间"),
                ImportField.text("actualStart", "activity.field.actualStart", 40, "Actual start", "Done on",
                        "Completed on", "实际开始时间", "实际开始", "完成时间"),
                ImportField.text("actualEnd", "activity.field.actualEnd", 40, "Actual end", "实际结束时间", "实际结束"),
                ImportField.choice("status", "activity.field.status", statuses(), "Status", "State", "状态",
                        "活动状态"),
                ImportField.of("cost", "activity.field.cost", FieldType.NUMBER, "Cost", "Expense", "Expenses", "费用",
                        "花费", "成本"),
                ImportField.text("location", "activity.field.location", 200, "Location", "Place", "地点", "地址"),
                ImportField.text("result", "activity.field.result", 4000, "Result", "Outcome", "结果", "活动结果",
                        "跟进结果"),
                ImportField.reference("ownerId", "activity.field.ownerId", userReferences, "Owner", "Assigned to",
                        "Sales rep", "负责人", "所有者", "销售", "业务员"));
    }

    private static List<EnumOption> types() {
        Map<ActivityType, String[]> aliases = Map.ofEntries(
                Map.entry(ActivityType.TODO, new String[] {"待办", "任务", "Task", "To do"}),
                Map.entry(ActivityType.CALL_OUTBOUND, new String[] {"电话", "去电", "外呼", "打电话", "Call",
                        "Phone call", "Outbound"}),
                Map.entry(ActivityType.CALL_INBOUND, new String[] {"来电", "Inbound", "Incoming call"}),
                Map.entry(ActivityType.MEETING, new String[] {"会议", "会面", "见面"}),
                Map.entry(ActivityType.CORRESPONDENCE, new String[] {"信函", "邮件", "Email", "Letter"}),
                Map.entry(ActivityType.FAX_OUTBOUND, new String[] {"传真", "Fax"}),
                Map.entry(ActivityType.PRESENTATION, new String[] {"演讲", "介绍会"}),
                Map.entry(ActivityType.DEMONSTRATION, new String[] {"演示", "产品演示", "Demo"}),
                Map.entry(ActivityType.APPOINTMENT, new String[] {"约会", "预约"}),
                Map.entry(ActivityType.MILESTONE, new String[] {"里程碑"}),
                Map.entry(ActivityType.EVENT, new String[] {"活动", "事件"}),
                Map.entry(ActivityType.RESEARCH, new String[] {"调研", "研究"}));
        return Arrays.stream(ActivityType.values())
                .map(t -> EnumOption.of(t.code(), "activity.type." + t.code(), aliases.getOrDefault(t, new String[0])))
                .toList();
    }

    private static List<EnumOption> statuses() {
        return List.of(
                EnumOption.of("planned", "activity.status.planned", "计划", "未开始", "待办", "Open", "Not started"),
                EnumOption.of("in_progress", "activity.status.in_progress", "进行中", "In progress"),
                EnumOption.of("done", "activity.status.done", "已完成", "完成", "Completed", "Closed"),
                EnumOption.of("cancelled", "activity.status.cancelled", "已取消", "取消", "Canceled"));
    }

    @Override
    public String entity() {
        return "activities";
    }

    @Override
    public String labelKey() {
        return "import.entity.activities";
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
        ZoneId zone = zoneOf(importer);
        Instant now = Instant.now();
        Map<UUID, UserSummary> owners = owners(batch.rows(), importer);
        Map<UUID, Boolean> assignable = new HashMap<>();
        Map<UUID, ContactSummary> linkedContacts = contacts.findReadable(ids(batch.rows(), "contactId"));
        Map<UUID, OpportunitySummary> linkedDeals = opportunities.findReadable(ids(batch.rows(), "opportunityId"));
        Map<String, Existing> existing = find(batch.rows());
        Set<String> takenHere = new HashSet<>();
        Set<UUID> updatedHere = new HashSet<>();
        List<RowOutcome> outcomes = new ArrayList<>();
        List<Activity> written = new ArrayList<>();
        for (ImportRow row : batch.rows()) {
            Times times = new Times();
            RowOutcome invalid = times.read(row, zone);
            if (invalid == null) {
                invalid = checkCost(row);
            }
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
            // the engine found them among the readable records; a second look keeps the form's rule if
            // one went out of sight between the look-up and this chunk
            if (row.id("contactId") != null && !linkedContacts.containsKey(row.id("contactId"))) {
                outcomes.add(RowOutcome.rejected(row.number(), "contactId", "validation.reference-unknown"));
                continue;
            }
            if (row.id("opportunityId") != null && !linkedDeals.containsKey(row.id("opportunityId"))) {
                outcomes.add(RowOutcome.rejected(row.number(), "opportunityId", "validation.reference-unknown"));
                continue;
            }
            String externalId = row.text("externalId");
            String key = externalId == null ? null : "externalId:" + externalId;
            Existing match = externalId == null ? null : existing.get(externalId);
            boolean seen = key != null && (takenHere.contains(key) || batch.seenKeys().contains(key));
            if (match != null || seen) {
                if (batch.onDuplicate() == DuplicateMode.CREATE) {
                    // the external id is unique among all activities: a second one cannot carry it
                    outcomes.add(RowOutcome.rejected(row.number(), "externalId", "validation.external-id-taken"));
                } else if (batch.onDuplicate() == DuplicateMode.SKIP || match == null) {
                    // an activity this import creates is not changed by a later row of the same file
                    outcomes.add(RowOutcome.skipped(row.number(), match == null ? null : match.id));
                } else {
                    outcomes.add(update(row, match, times, linkedContacts, linkedDeals, owners, updatedHere,
                            importer, batch.dryRun(), written));
                }
                continue;
            }
            Activity activity = new Activity(ActivityType.TODO, null);
            RowOutcome problem = fill(activity, row, times, linkedContacts, linkedDeals);
            if (problem != null) {
                outcomes.add(problem);
                continue;
            }
            UUID ownerId = explicitOwner != null ? explicitOwner : importer.id();
            activity.assignTo(ownerId, owners.containsKey(ownerId) ? owners.get(ownerId).departmentId()
                    : importer.departmentId());
            Instant earliest = times.earliest();
            if (earliest != null && earliest.isBefore(now)) {
                Instant latest = times.latestBefore(now);
                activity.writtenAt(earliest, latest);
            }
            if (!batch.dryRun()) {
                entityManager.persist(activity);
                written.add(activity);
            }
            if (key != null) {
                takenHere.add(key);
                batch.seenKeys().add(key);
            }
            outcomes.add(RowOutcome.created(row.number(), batch.dryRun() ? null : activity.getId()));
        }
        if (!batch.dryRun() && !written.isEmpty()) {
            entityManager.flush();
            quieten(written, now);
            for (Activity activity : written) {
                if (activity.getStatus() == ActivityStatus.DONE && activity.getOpportunityId() != null
                        && activity.getActualEnd() != null) {
                    opportunities.activityHappened(activity.getOpportunityId(), activity.getActualEnd());
                }
            }
        }
        return outcomes;
    }

    /** An existing activity changed as the edit form would change it, or the reason it cannot be. */
    private RowOutcome update(ImportRow row, Existing match, Times times, Map<UUID, ContactSummary> linkedContacts,
                              Map<UUID, OpportunitySummary> linkedDeals, Map<UUID, UserSummary> owners,
                              Set<UUID> updatedHere, CurrentUser importer, boolean dryRun, List<Activity> written) {
        long number = row.number();
        if (match.deleted || !importer.mayChange(match.ownerId, match.departmentId)) {
            return RowOutcome.rejected(number, null, match.deleted ? "validation.external-id-taken"
                    : "problem.activity.not-yours");
        }
        UUID explicitOwner = row.id("ownerId");
        if (explicitOwner != null && !explicitOwner.equals(match.ownerId) && !importer.mayAssign()) {
            return RowOutcome.rejected(number, "ownerId", "problem.account.assign-denied");
        }
        if (!updatedHere.add(match.id)) {
            return RowOutcome.skipped(number, match.id);
        }
        Activity activity = dryRun ? entityManager.find(Activity.class, match.id)
                : entityManager.find(Activity.class, match.id, LockModeType.PESSIMISTIC_WRITE);
        if (activity == null || activity.getDeletedAt() != null || activity.getVersion() != match.version) {
            return RowOutcome.rejected(number, null, "import.row.changed-meanwhile");
        }
        times.mergeWith(activity);
        RowOutcome problem = times.check(row);
        if (problem != null) {
            return problem;
        }
        if (dryRun) {
            entityManager.detach(activity);
            return RowOutcome.updated(number, match.id);
        }
        fill(activity, row, times, linkedContacts, linkedDeals);
        if (explicitOwner != null && !explicitOwner.equals(activity.getOwnerId())) {
            activity.assignTo(explicitOwner, owners.get(explicitOwner).departmentId());
        }
        written.add(activity);
        return RowOutcome.updated(number, match.id);
    }

    /** Takes every field the row fills; owner and department are the caller's. Null, or why not. */
    private static RowOutcome fill(Activity activity, ImportRow row, Times times, Map<UUID, ContactSummary> linkedContacts,
                                   Map<UUID, OpportunitySummary> linkedDeals) {
        RowOutcome problem = times.check(row);
        if (problem != null) {
            return problem;
        }
        if (row.has("externalId")) activity.setExternalId(row.text("externalId"));
        if (row.has("type")) activity.setType(CodedEnum.fromCode(ActivityType.class, row.text("type")).orElseThrow());
        if (row.has("subject")) activity.setSubject(row.text("subject").strip());
        if (row.has("description")) activity.setDescription(row.text("description"));
        if (row.has("location")) activity.setLocation(row.text("location"));
        if (row.has("result")) activity.setResult(row.text("result"));
        if (row.has("cost")) activity.setCost(row.number("cost"));
        if (row.has("contactId")) activity.setContactId(row.id("contactId"));
        if (row.has("opportunityId")) activity.setOpportunityId(row.id("opportunityId"));
        UUID accountId = row.id("accountId");
        if (accountId == null && row.id("contactId") != null) {
            accountId = linkedContacts.get(row.id("contactId")).accountId();
        }
        if (accountId == null && row.id("opportunityId") != null) {
            accountId = linkedDeals.get(row.id("opportunityId")).accountId();
        }
        if (accountId != null) activity.setAccountId(accountId);
        activity.setStatus(times.status);
        activity.schedule(times.plannedStart, times.plannedEnd, activity.isAllDay());
        activity.record(times.actualStart, times.actualEnd);
        return null;
    }

    private static RowOutcome checkCost(ImportRow row) {
        BigDecimal cost = row.number("cost");
        if (cost == null) {
            return null;
        }
        if (cost.signum() < 0) {
            return RowOutcome.rejected(row.number(), "cost", "validation.not-negative");
        }
        BigDecimal plain = cost.stripTrailingZeros();
        if (Math.max(plain.scale(), 0) > 2 || plain.precision() - plain.scale() > 16) {
            return RowOutcome.rejected(row.number(), "cost", "validation.amount");
        }
        return null;
    }

    /**
     * History does not ring: the reminder and overdue stamps of the activities written are set to their
     * planned times already past, as if those had been handled when they came.
     */
    private void quieten(List<Activity> written, Instant now) {
        List<UUID> ids = written.stream().map(Activity::getId).toList();
        jdbc.sql("""
                        update activities set
                            reminded_for = case when planned_start < :now then planned_start else reminded_for end,
                            overdue_alerted_for = case when coalesce(planned_end, planned_start) < :now
                                                       then coalesce(planned_end, planned_start) else overdue_alerted_for end
                         where id = any(:ids)""")
                .param("now", Timestamp.from(now)).param("ids", ids.toArray(UUID[]::new)).update();
    }

    /** A row's times and status, read and checked as the form checks them. */
    private static final class Times {
        Instant plannedStart;
        Instant plannedEnd;
        Instant actualStart;
        Instant actualEnd;
        ActivityStatus status;
        private final Map<String, Instant> given = new HashMap<>();

        RowOutcome read(ImportRow row, ZoneId zone) {
            for (String field : TIMES) {
                String text = row.text(field);
                if (text == null || text.isBlank()) {
                    continue;
                }
                Instant at = DateParsing.parseDateTime(text, DateParsing.DateOrder.AUTO, zone).orElse(null);
                if (at == null) {
                    return RowOutcome.rejected(row.number(), field, "import.row.date", text);
                }
                given.put(field, at);
            }
            plannedStart = given.get("plannedStart");
            plannedEnd = given.get("plannedEnd");
            actualStart = given.get("actualStart");
            actualEnd = given.get("actualEnd");
            status = row.has("status") ? CodedEnum.fromCode(ActivityStatus.class, row.text("status")).orElseThrow()
                    : actualStart != null || actualEnd != null ? ActivityStatus.DONE : null;
            return null;
        }

        /** For an update: what the row does not give stays as it is. */
        void mergeWith(Activity current) {
            plannedStart = given.getOrDefault("plannedStart", current.getPlannedStart());
            plannedEnd = given.getOrDefault("plannedEnd", current.getPlannedEnd());
            actualStart = given.getOrDefault("actualStart", current.getActualStart());
            actualEnd = given.getOrDefault("actualEnd", current.getActualEnd());
            if (status == null) {
                status = current.getStatus();
            }
        }

        RowOutcome check(ImportRow row) {
            if (status == null) {
                status = ActivityStatus.PLANNED;
            }
            if (status == ActivityStatus.DONE && actualStart == null && actualEnd == null) {
                // done as planned: the history keeps when it happened, not when it was imported
                actualStart = plannedStart;
                actualEnd = plannedEnd;
            }
            if (plannedEnd != null && plannedStart == null) {
                return RowOutcome.rejected(row.number(), "plannedStart", "validation.required");
            }
            if (plannedEnd != null && plannedEnd.isBefore(plannedStart)) {
                return RowOutcome.rejected(row.number(), "plannedEnd", "validation.end-before-start");
            }
            if (actualStart != null && actualEnd != null && actualEnd.isBefore(actualStart)) {
                return RowOutcome.rejected(row.number(), "actualEnd", "validation.end-before-start");
            }
            return null;
        }

        Instant earliest() {
            return Stream.of(plannedStart, plannedEnd, actualStart, actualEnd).filter(Objects::nonNull)
                    .min(Instant::compareTo).orElse(null);
        }

        Instant latestBefore(Instant now) {
            return Stream.of(plannedStart, plannedEnd, actualStart, actualEnd).filter(Objects::nonNull)
                    .filter(t -> !t.isAfter(now)).max(Instant::compareTo).orElse(now);
        }
    }

    private static ZoneId zoneOf(CurrentUser importer) {
        try {
            return importer.timeZone() == null ? ZoneId.of("Asia/Shanghai") : ZoneId.of(importer.timeZone());
        } catch (DateTimeException e) {
            return ZoneId.of("Asia/Shanghai");
        }
    }

    private Map<UUID, UserSummary> owners(List<ImportRow> rows, CurrentUser importer) {
        Set<UUID> ids = new HashSet<>(ids(rows, "ownerId"));
        ids.add(importer.id());
        return users.findAll(ids);
    }

    private static Set<UUID> ids(List<ImportRow> rows, String field) {
        Set<UUID> ids = new HashSet<>();
        rows.forEach(r -> {
            if (r.id(field) != null) {
                ids.add(r.id(field));
            }
        });
        return ids;
    }

    /** An activity holding an external id of the file, as the duplicate check sees it. */
    private record Existing(UUID id, long version, UUID ownerId, UUID departmentId, boolean deleted) {
    }

    /** One query per chunk, among all activities: the external id is unique among them all. */
    private Map<String, Existing> find(List<ImportRow> rows) {
        Set<String> externalIds = new HashSet<>();
        rows.forEach(r -> {
            if (r.has("externalId")) {
                externalIds.add(r.text("externalId"));
            }
        });
        Map<String, Existing> found = new HashMap<>();
        if (externalIds.isEmpty()) {
            return found;
        }
        jdbc.sql("""
                        select external_id, id, version, owner_id, department_id, deleted_at is not null
                          from activities where external_id = any(:ext)""")
                .param("ext", externalIds.toArray(String[]::new))
                .query((rs, n) -> found.put(rs.getString(1), new Existing(rs.getObject(2, UUID.class), rs.getLong(3),
                        rs.getObject(4, UUID.class), rs.getObject(5, UUID.class), rs.getBoolean(6))))
                .list();
        return found;
    }
}
