package dev.guanxi.contact.internal;

import dev.guanxi.customer.AccountReferences;
import dev.guanxi.customer.AccountSummary;
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
import dev.guanxi.shared.jpa.UuidV7;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Contacts (联系人) from a file, with the rules of the contact form applied to a whole chunk at once: a
 * contact's account must be one the importer may change, its owner one they may give records to (by
 * default the account's owner, else the importer), and a duplicate — same external id, e-mail, phone,
 * or name at the same account, among the contacts the importer can see — is skipped, updated or
 * created again as chosen. Rows are written with COPY and their history with one revision per chunk.
 */
@Component
class ContactImport implements ImportTarget {

    private static final List<String> MATCH_FIELDS = List.of("externalId", "email", "mobile", "phone", "name");

    private final List<ImportField> fields;
    private final Accounts accounts;
    private final UserDirectory users;
    private final ContactImportMatcher matcher;
    private final ContactImportWriter writer;

    ContactImport(AccountReferences accountReferences, UserReferences userReferences, Accounts accounts,
                  UserDirectory users, ContactImportMatcher matcher, ContactImportWriter writer) {
        this.accounts = accounts;
        this.users = users;
        this.matcher = matcher;
        this.writer = writer;
        this.fields = List.of(
                ImportField.text("externalId", "contact.field.externalId", 100, "External ID", "外部编号", "外部ID",
                        "Contact ID", "联系人编号", "ID", "UID"),
                ImportField.text("name", "contact.field.name", 100, "Full name", "Contact", "Contact name", "姓名",
                        "联系人", "联系人姓名", "名字").asRequired(),
                ImportField.reference("accountId", "contact.field.accountId", accountReferences, "Account", "Account name",
                        "Company", "Company name", "Organization", "Organisation", "客户", "客户名称", "公司", "公司名称", "单位"),
                ImportField.choice("gender", "contact.field.gender", options(Gender.values(), "contact.gender."),
                        "Sex", "性别"),
                ImportField.text("title", "contact.field.title", 100, "Title", "Job title", "Position", "职位", "职务", "头衔"),
                ImportField.text("departmentName", "contact.field.departmentName", 100, "Department", "部门", "所在部门"),
                ImportField.of("phone", "contact.field.phone", FieldType.PHONE, "Telephone", "Work phone", "Office phone",
                        "Business phone", "电话", "办公电话", "座机", "固定电话"),
                ImportField.of("mobile", "contact.field.mobile", FieldType.PHONE, "Cell", "Mobile phone", "Cell phone",
                        "手机", "手机号", "手机号码", "移动电话"),
                ImportField.of("email", "contact.field.email", FieldType.EMAIL, "Email", "Email address", "E-mail address",
                        "邮箱", "电子邮件", "电子邮箱", "邮件"),
                ImportField.of("otherEmail", "contact.field.otherEmail", FieldType.EMAIL, "Email 2", "Secondary email",
                        "备用邮箱", "其他邮箱"),
                ImportField.text("wechat", "contact.field.wechat", 60, "WeChat ID", "微信", "微信号"),
                ImportField.choice("decisionRole", "contact.field.decisionRole",
                        options(DecisionRole.values(), "contact.role."), "Decision role", "Role", "角色", "决策角色"),
                ImportField.of("keyDecisionMaker", "contact.field.keyDecisionMaker", FieldType.BOOLEAN,
                        "Key decision maker", "关键决策人", "核心决策者", "是否决策人"),
                ImportField.of("birthday", "contact.field.birthday", FieldType.DATE, "Date of birth", "Birth date",
                        "生日", "出生日期"),
                ImportField.text("address", "contact.field.address", 300, "Address", "Mailing address", "地址", "联系地址"),
                ImportField.text("notes", "contact.field.notes", 5000, "Note", "Notes", "Remarks", "Comments",
                        "Description", "备注", "说明"),
                ImportField.reference("ownerId", "contact.field.ownerId", userReferences, "Owner", "Sales rep",
                        "Sales agent", "Assigned to", "负责人", "所有者", "销售", "业务员", "销售代表"));
    }

    private static <E extends Enum<E> & dev.guanxi.shared.values.CodedEnum> List<EnumOption> options(E[] values,
                                                                                                    String labelPrefix) {
        return Arrays.stream(values).map(v -> EnumOption.of(v.code(), labelPrefix + v.code())).toList();
    }

    @Override
    public String entity() {
        return "contacts";
    }

    @Override
    public String labelKey() {
        return "import.entity.contacts";
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
        List<RowOutcome> outcomes = new ArrayList<>();
        Map<UUID, AccountSummary> accountsById = accounts.findReadable(
                batch.rows().stream().map(r -> r.id("accountId")).filter(Objects::nonNull).distinct().toList());
        Map<UUID, UserSummary> owners = owners(batch.rows(), accountsById, importer);
        Map<UUID, Boolean> assignable = new HashMap<>();
        ContactImportMatcher.Matches matches = matcher.find(batch.rows(), batch.matchOn(), importer.scope(), batch.runState());
        Map<String, ImportedContact> createdHere = new HashMap<>();
        Map<UUID, ImportedContact> updates = new java.util.LinkedHashMap<>();
        List<ImportedContact> creates = new ArrayList<>();
        Map<String, UUID> usedExternalIds = new HashMap<>();
        for (ImportRow row : batch.rows()) {
            UUID accountId = row.id("accountId");
            AccountSummary account = accountId == null ? null : accountsById.get(accountId);
            // In a preview an account the run would create has no row yet: it will be the importer's.
            boolean newAccount = accountId != null && account == null && batch.dryRun();
            if (accountId != null && !newAccount && (account == null || !importer.mayChange(account.ownerId(), account.departmentId()))) {
                outcomes.add(RowOutcome.rejected(row.number(), "accountId", "problem.contact.account-not-yours"));
                continue;
            }
            UUID explicitOwner = row.id("ownerId");
            if (explicitOwner != null && !explicitOwner.equals(importer.id())
                    && !assignable.computeIfAbsent(explicitOwner, users::mayAssignTo)) {
                outcomes.add(RowOutcome.rejected(row.number(), "ownerId", "problem.account.assign-denied"));
                continue;
            }
            List<String> keys = ContactImportMatcher.keys(row, batch.matchOn());
            ImportedContact existing = matches.existing(row, batch.matchOn());
            ImportedContact pending = keys.stream().map(createdHere::get).filter(Objects::nonNull).findFirst().orElse(null);
            boolean seenBefore = keys.stream().anyMatch(batch.seenKeys()::contains);
            DuplicateMode mode = batch.onDuplicate();
            if ((existing != null || pending != null || seenBefore) && mode != DuplicateMode.CREATE) {
                ImportedContact target = existing != null ? existing : pending;
                if (mode == DuplicateMode.SKIP) {
                    outcomes.add(RowOutcome.skipped(row.number(), target == null ? null : target.id));
                    continue;
                }
                if (existing != null && !importer.mayChange(existing.ownerId, existing.departmentId)) {
                    outcomes.add(RowOutcome.rejected(row.number(), null, "problem.contact.not-yours"));
                    continue;
                }
                if (target != null && externalIdTaken(row, target, matches, usedExternalIds, batch.seenKeys())) {
                    outcomes.add(RowOutcome.rejected(row.number(), "externalId", "validation.external-id-taken"));
                    continue;
                }
                if (target != null) {
                    target.apply(row);
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
            ImportedContact contact = new ImportedContact();
            contact.id = UuidV7.next();
            contact.apply(row);
            UUID owner = explicitOwner != null ? explicitOwner
                    : account != null && account.ownerId() != null ? account.ownerId() : importer.id();
            assign(contact, owner, owners);
            noteExternalId(contact, usedExternalIds, batch.seenKeys());
            creates.add(contact);
            remember(contact, batch.matchOn(), createdHere, batch.seenKeys());
            outcomes.add(RowOutcome.created(row.number(), contact.id));
        }
        if (!batch.dryRun()) {
            List<RowOutcome> lost = writer.write(creates, List.copyOf(updates.values()), importer);
            matcher.written(batch.runState(), creates);
            matcher.written(batch.runState(), List.copyOf(updates.values()));
            if (!lost.isEmpty()) {
                return RowOutcome.rejectLostUpdates(outcomes,
                        lost.stream().map(RowOutcome::recordId).collect(java.util.stream.Collectors.toSet()));
            }
        }
        return outcomes;
    }

    /**
     * Whether the row's external id belongs to another contact than the one it writes ({@code target}, or
     * a new one when null): held in the database, or given to another row of this import already.
     */
    private static boolean externalIdTaken(ImportRow row, ImportedContact target, ContactImportMatcher.Matches matches,
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
        if (holder != null && !holder.equals(self)) {
            return true;
        }
        return false;
    }

    private Map<UUID, UserSummary> owners(List<ImportRow> rows, Map<UUID, AccountSummary> accountsById, CurrentUser importer) {
        Set<UUID> ids = new HashSet<>();
        ids.add(importer.id());
        rows.forEach(r -> {
            if (r.id("ownerId") != null) {
                ids.add(r.id("ownerId"));
            }
        });
        accountsById.values().forEach(a -> {
            if (a.ownerId() != null) {
                ids.add(a.ownerId());
            }
        });
        return users.findAll(ids);
    }

    private static void assign(ImportedContact contact, UUID ownerId, Map<UUID, UserSummary> owners) {
        contact.ownerId = ownerId;
        UserSummary owner = owners.get(ownerId);
        contact.departmentId = owner == null ? null : owner.departmentId();
    }

    private static void noteExternalId(ImportedContact contact, Map<String, UUID> usedExternalIds, Set<String> seenKeys) {
        if (contact.externalId != null) {
            usedExternalIds.putIfAbsent(contact.externalId, contact.id);
            seenKeys.add("usedExternalId:" + contact.externalId);
        }
    }

    private static void remember(ImportedContact contact, List<String> matchOn, Map<String, ImportedContact> createdHere,
                                 Set<String> seenKeys) {
        for (String key : ContactImportMatcher.keys(contact, matchOn)) {
            createdHere.putIfAbsent(key, contact);
            seenKeys.add(key);
        }
    }
}
