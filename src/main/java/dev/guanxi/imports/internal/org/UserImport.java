package dev.guanxi.imports.internal.org;

import dev.guanxi.identity.CurrentUser;
import dev.guanxi.identity.OrgChartImport;
import dev.guanxi.identity.OrgChartImport.StaffDraft;
import dev.guanxi.identity.OrgChartImport.StaffMember;
import dev.guanxi.identity.Role;
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
import dev.guanxi.imports.internal.values.Similarity;
import dev.guanxi.shared.problem.GuanxiException.FieldProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Users (用户) from a file — a company's sales people moving in, administrators only — with the rules
 * of the admin page ({@link OrgChartImport}): a unique e-mail (the match key), known roles, department
 * and manager, a valid language and time zone. A file never carries passwords: each new user gets a
 * mail inviting them to choose one. An update changes name, department, manager, roles, language,
 * time zone, active (and phone, title) — never the e-mail or the password — and disabling someone
 * ends their sessions as on the admin page. The manager may be a user of an earlier row of the same
 * file, so it is resolved here, in file order, by e-mail or by a name only one user has. Users are
 * written one by one through identity's own rules: a company's staff is hundreds of rows, not millions.
 */
@Component
class UserImport implements ImportTarget {

    private static final UUID AMBIGUOUS = new UUID(0, 0);
    /** A manager a preview would have created: valid, but with no id to check against yet. */
    private static final UUID PENDING = new UUID(0, 1);
    private static final String EMAIL_KEY = "email:";
    private static final String NAME_KEY = "username:";

    private final OrgChartImport orgChart;
    private final UserDirectory directory;
    private final InvitationMails mails;
    private final List<ImportField> fields;

    UserImport(OrgChartImport orgChart, UserDirectory directory, InvitationMails mails, DepartmentReferences departments) {
        this.orgChart = orgChart;
        this.directory = directory;
        this.mails = mails;
        this.fields = List.of(
                ImportField.text("name", "field.name", 100, "Name", "Full name", "User", "Employee", "姓名", "名字",
                        "员工", "员工姓名", "用户名称").asRequired(),
                ImportField.of("email", "field.email", FieldType.EMAIL, "Email", "E-mail", "Email address", "Login",
                        "邮箱", "电子邮件", "电子邮箱", "邮件", "登录邮箱").asRequired(),
                ImportField.reference("departmentId", "field.department", departments, "Department", "Dept", "Team",
                        "部门", "所属部门", "部门路径"),
                ImportField.text("managerId", "field.manager", 254, "Manager", "Reports to", "Supervisor", "Boss",
                        "上级", "直属上级", "汇报对象", "主管"),
                new ImportField("roles", "field.roles", FieldType.ENUM_SET, false, 0,
                        List.of("Roles", "Role", "角色", "岗位角色", "权限"), roleOptions(), null),
                ImportField.choice("language", "field.language", List.of(
                                EnumOption.of("zh-CN", "import.language.zh-CN", "zh", "zh_CN", "Chinese", "中文", "简体中文",
                                        "汉语", "普通话"),
                                EnumOption.of("en", "import.language.en", "English", "英文", "英语", "en-US", "en-GB")),
                        "Language", "语言"),
                ImportField.text("timeZone", "field.time-zone", 64, "Time zone", "Timezone", "TZ", "时区"),
                ImportField.of("active", "user.active", FieldType.BOOLEAN, "Active", "Enabled", "启用", "是否启用",
                        "在职", "状态"),
                ImportField.of("phone", "field.phone", FieldType.PHONE, "Phone", "Mobile", "电话", "手机"),
                ImportField.text("title", "field.job-title", 100, "Title", "Job title", "Position", "职位", "职务"));
    }

    private static List<EnumOption> roleOptions() {
        return List.of(
                EnumOption.of(Role.ADMIN.code(), Role.ADMIN.messageKey(), "管理员", "系统管理员", "Admin", "Administrator"),
                EnumOption.of(Role.SALES_VP.code(), Role.SALES_VP.messageKey(), "销售副总", "销售总监", "销售副总裁", "VP",
                        "Sales director"),
                EnumOption.of(Role.SALES_MANAGER.code(), Role.SALES_MANAGER.messageKey(), "销售经理", "销售主管", "经理",
                        "Manager"),
                EnumOption.of(Role.SALES_REP.code(), Role.SALES_REP.messageKey(), "销售代表", "销售", "销售员", "业务员",
                        "Sales", "Rep", "Salesperson"),
                EnumOption.of(Role.SERVICE_AGENT.code(), Role.SERVICE_AGENT.messageKey(), "客服", "客服人员", "客服专员",
                        "Support", "Service"),
                EnumOption.of(Role.MARKETER.code(), Role.MARKETER.messageKey(), "市场", "市场人员", "市场专员", "Marketing"));
    }

    @Override
    public String entity() {
        return "users";
    }

    @Override
    public String labelKey() {
        return "import.entity.users";
    }

    @Override
    public boolean mayImport(CurrentUser user) {
        return user.isAdmin();
    }

    @Override
    public List<ImportField> fields() {
        return fields;
    }

    @Override
    public List<String> matchFields() {
        return List.of("email");
    }

    @Override
    public List<RowOutcome> apply(ImportBatch batch) {
        if (!mayImport(batch.importer())) {
            return batch.rows().stream().map(r -> RowOutcome.rejected(r.number(), null, "import.entity.forbidden",
                    entity())).toList();
        }
        Set<String> emails = new HashSet<>();
        for (ImportRow row : batch.rows()) {
            emails.add(row.text("email"));
            String manager = row.text("managerId");
            if (manager != null && manager.contains("@")) {
                emails.add(manager.strip().toLowerCase(Locale.ROOT));
            }
        }
        Map<String, StaffMember> byEmail = new HashMap<>(orgChart.usersByEmail(emails));
        Managers managers = new Managers(directory.activeUsers(), byEmail, batch.seenKeys());
        List<RowOutcome> outcomes = new ArrayList<>(batch.rows().size());
        for (ImportRow row : batch.rows()) {
            outcomes.add(apply(row, batch, byEmail, managers));
        }
        return outcomes;
    }

    private RowOutcome apply(ImportRow row, ImportBatch batch, Map<String, StaffMember> byEmail, Managers managers) {
        String email = row.text("email");
        StaffMember existing = byEmail.get(email);
        boolean pending = existing == null && batch.seenKeys().contains(EMAIL_KEY + email);
        UUID managerId = null;
        String managerReference = row.text("managerId");
        if (managerReference != null) {
            managerId = managers.find(managerReference);
            if (managerId == null || AMBIGUOUS.equals(managerId)) {
                return RowOutcome.rejected(row.number(), "managerId", AMBIGUOUS.equals(managerId)
                        ? "import.user.manager-ambiguous" : "import.row.unknown-reference", managerReference);
            }
        }
        StaffDraft draft = new StaffDraft(row.text("name"), email, row.id("departmentId"),
                PENDING.equals(managerId) ? null : managerId, row.has("roles") ? row.codes("roles") : null,
                row.text("language"), row.text("timeZone"), row.bool("active"), row.text("phone"), row.text("title"));
        if (existing != null || pending) {
            if (batch.onDuplicate() == DuplicateMode.SKIP) {
                return RowOutcome.skipped(row.number(), existing == null ? null : existing.id());
            }
            if (batch.onDuplicate() == DuplicateMode.CREATE) {
                // the e-mail is the sign-in name: a second user with it cannot exist
                return RowOutcome.rejected(row.number(), "email", "validation.email-taken");
            }
            if (existing == null) {
                return RowOutcome.updated(row.number(), null);
            }
            if (existing.id().equals(managerId)) {
                return RowOutcome.rejected(row.number(), "managerId", "validation.reference-unknown");
            }
            OrgChartImport.Result result = orgChart.updateUser(existing.id(), draft, batch.dryRun());
            return result.ok() ? RowOutcome.updated(row.number(), existing.id()) : rejection(row, result);
        }
        OrgChartImport.Result result = orgChart.createUser(draft, batch.dryRun());
        if (!result.ok()) {
            return rejection(row, result);
        }
        UUID id = result.id();
        String name = row.text("name");
        if (batch.dryRun()) {
            batch.seenKeys().add(EMAIL_KEY + email);
            batch.seenKeys().add(NAME_KEY + Similarity.key(name));
        } else {
            byEmail.put(email, new StaffMember(id, email, name, !Boolean.FALSE.equals(row.bool("active"))));
            String language = row.text("language") == null ? "zh-CN" : row.text("language");
            mails.queue(email, name, language, orgChart.issueInvitation(id), batch.importer().name());
        }
        managers.add(id == null ? PENDING : id, email, name);
        return RowOutcome.created(row.number(), id);
    }

    private static RowOutcome rejection(ImportRow row, OrgChartImport.Result result) {
        FieldProblem problem = result.problems().get(0);
        return RowOutcome.rejected(row.number(), problem.field(), problem.messageKey(), problem.arguments());
    }

    /**
     * Who a manager column names: a user by e-mail (any user, active or not), or by a name only one
     * active user has — including users created by earlier rows of this file.
     */
    private static final class Managers {
        private final Map<String, UUID> byEmail = new HashMap<>();
        private final Map<String, UUID> byName = new HashMap<>();
        private final Set<String> seenKeys;

        Managers(List<UserSummary> active, Map<String, StaffMember> known, Set<String> seenKeys) {
            this.seenKeys = seenKeys;
            for (UserSummary user : active) {
                if (user.email() != null) {
                    byEmail.put(user.email().toLowerCase(Locale.ROOT), user.id());
                }
                byName.merge(Similarity.key(user.name()), user.id(), (a, b) -> Objects.equals(a, b) ? a : AMBIGUOUS);
            }
            known.forEach((email, member) -> byEmail.put(email, member.id()));
        }

        void add(UUID id, String email, String name) {
            byEmail.put(email, id);
            byName.merge(Similarity.key(name), id, (a, b) -> Objects.equals(a, b) ? a : AMBIGUOUS);
        }

        UUID find(String reference) {
            String text = reference.strip();
            String email = text.toLowerCase(Locale.ROOT);
            UUID id = byEmail.get(email);
            if (id == null && seenKeys.contains(EMAIL_KEY + email)) {
                id = PENDING;
            }
            if (id == null) {
                id = byName.get(Similarity.key(text));
            }
            if (id == null && seenKeys.contains(NAME_KEY + Similarity.key(text))) {
                id = PENDING;
            }
            return id;
        }
    }
}
