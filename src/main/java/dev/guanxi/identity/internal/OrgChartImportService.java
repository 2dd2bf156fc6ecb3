package dev.guanxi.identity.internal;

import dev.guanxi.identity.OrgChartImport;
import dev.guanxi.shared.problem.GuanxiException.FieldProblem;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link OrgChartImport} through the same checks and writes as the admin pages ({@link UserAdministration},
 * {@link DepartmentAdministration}). Runs in the import's chunk transaction ({@code MANDATORY}); checks
 * are made before anything is written, so no exception ever marks that transaction for rollback.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
class OrgChartImportService implements OrgChartImport {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAdministration administration;
    private final DepartmentAdministration departments;
    private final UserRepository users;
    private final Invitations invitations;
    private final PasswordEncoder passwordEncoder;
    private final JdbcClient jdbc;

    OrgChartImportService(UserAdministration administration, DepartmentAdministration departments, UserRepository users,
                          Invitations invitations, PasswordEncoder passwordEncoder, JdbcClient jdbc) {
        this.administration = administration;
        this.departments = departments;
        this.users = users;
        this.invitations = invitations;
        this.passwordEncoder = passwordEncoder;
        this.jdbc = jdbc;
    }

    @Override
    public UUID createDepartment(String name, UUID parentId) {
        return departments.create(name, parentId).getId();
    }

    @Override
    public Map<String, StaffMember> usersByEmail(Collection<String> emails) {
        Map<String, StaffMember> found = new HashMap<>();
        if (emails.isEmpty()) {
            return found;
        }
        List<String> lower = emails.stream().map(e -> e.toLowerCase(Locale.ROOT)).distinct().toList();
        jdbc.sql("select id, email, name, active from users where lower(email) in (:emails)")
                .param("emails", lower)
                .query((rs, n) -> new StaffMember(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getBoolean(4)))
                .list().forEach(m -> found.put(m.email().toLowerCase(Locale.ROOT), m));
        return found;
    }

    @Override
    public Result createUser(StaffDraft draft, boolean dryRun) {
        UserForm form = new UserForm();
        merge(form, draft);
        form.setEmail(draft.email());
        List<FieldProblem> problems = administration.problemsOf(form, null);
        if (!problems.isEmpty() || dryRun) {
            return new Result(null, problems);
        }
        // Never a password from a file: a secret nobody knows until the invitation is accepted.
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        User user = administration.createChecked(form, UserAdministration.rolesOf(form),
                passwordEncoder.encode(HexFormat.of().formatHex(secret)));
        return new Result(user.getId(), List.of());
    }

    @Override
    public Result updateUser(UUID userId, StaffDraft changes, boolean dryRun) {
        User user = users.findById(userId).orElse(null);
        if (user == null) {
            return new Result(null, List.of(new FieldProblem("email", "validation.reference-unknown")));
        }
        UserForm form = UserForm.of(user);
        merge(form, changes);
        List<FieldProblem> problems = administration.problemsOf(form, user);
        if (!problems.isEmpty() || dryRun) {
            return new Result(dryRun ? userId : null, problems);
        }
        administration.updateChecked(user, form, UserAdministration.rolesOf(form));
        return new Result(userId, List.of());
    }

    @Override
    public String issueInvitation(UUID userId) {
        return invitations.issue(userId);
    }

    private static void merge(UserForm form, StaffDraft draft) {
        if (draft.name() != null) {
            form.setName(draft.name());
        }
        if (draft.departmentId() != null) {
            form.setDepartmentId(draft.departmentId());
        }
        if (draft.managerId() != null) {
            form.setManagerId(draft.managerId());
        }
        if (draft.roles() != null) {
            form.setRoles(new ArrayList<>(draft.roles().stream().sorted().toList()));
        }
        if (draft.language() != null) {
            form.setLanguage(draft.language());
        }
        if (draft.timeZone() != null) {
            form.setTimeZone(draft.timeZone());
        }
        if (draft.active() != null) {
            form.setActive(draft.active());
        }
        if (draft.phone() != null) {
            form.setPhone(draft.phone());
        }
        if (draft.title() != null) {
            form.setTitle(draft.title());
        }
    }
}
