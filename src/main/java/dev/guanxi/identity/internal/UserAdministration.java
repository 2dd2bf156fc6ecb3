package dev.guanxi.identity.internal;

import dev.guanxi.identity.Role;
import dev.guanxi.identity.SecurityLog;
import dev.guanxi.identity.UserDeactivated;
import dev.guanxi.identity.UserMovedToDepartment;
import dev.guanxi.shared.forms.FormValidator;
import dev.guanxi.shared.problem.ConflictException;
import dev.guanxi.shared.problem.GuanxiException.FieldProblem;
import dev.guanxi.shared.problem.NotFoundException;
import dev.guanxi.shared.problem.ValidationException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators create users, change their roles and department, and disable them. Every role
 * change and every disabling is written to the security log; disabling ends the user's sessions
 * and tokens at once.
 */
@Service
public class UserAdministration {

    private final UserRepository users;
    private final DepartmentRepository departments;
    private final PasswordEncoder passwordEncoder;
    private final FormValidator validator;
    private final SecurityLog securityLog;
    private final SessionTerminator sessions;
    private final ApplicationEventPublisher events;

    UserAdministration(UserRepository users, DepartmentRepository departments, PasswordEncoder passwordEncoder,
                       FormValidator validator, SecurityLog securityLog, SessionTerminator sessions,
                       ApplicationEventPublisher events) {
        this.users = users;
        this.departments = departments;
        this.passwordEncoder = passwordEncoder;
        this.validator = validator;
        this.securityLog = securityLog;
        this.sessions = sessions;
        this.events = events;
    }

    @Transactional
    public User create(UserForm form) {
        validator.validate(form);
        Set<Role> roles = checkReferences(form, null);
        if (form.getPassword() == null) {
            throw ValidationException.of("password", "validation.required");
        }
        if (users.findByEmail(form.getEmail()).isPresent()) {
            throw new ValidationException(List.of(new FieldProblem("email", "validation.email-taken")));
        }
        return createChecked(form, roles, passwordEncoder.encode(form.getPassword()));
    }

    /** Writes a user whose form has passed {@link #problemsOf}; the password hash is the caller's. */
    User createChecked(UserForm form, Set<Role> roles, String passwordHash) {
        User user = new User(form.getEmail(), form.getName(), passwordHash);
        apply(form, user, roles);
        // flushed: an import writes the user's invitation with plain SQL right after
        users.saveAndFlush(user);
        securityLog.record("user.created", "user", user.getId().toString(), "roles=" + codes(roles));
        return user;
    }

    @Transactional
    public User update(UUID id, UserForm form, Long expectedVersion) {
        User user = users.findById(id).orElseThrow(NotFoundException::new);
        user.requireVersion(expectedVersion);
        validator.validate(form);
        Set<Role> roles = checkReferences(form, id);
        users.findByEmail(form.getEmail()).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
            throw new ValidationException(List.of(new FieldProblem("email", "validation.email-taken")));
        });
        boolean wasAdmin = user.isActive() && user.getRoles().contains(Role.ADMIN);
        if (wasAdmin && (!roles.contains(Role.ADMIN) || Boolean.FALSE.equals(form.getActive()))) {
            requireAnotherAdministrator(id);
        }
        updateChecked(user, form, roles);
        return user;
    }

    /**
     * Applies a form that has passed {@link #problemsOf} to a user, with every consequence of the admin
     * page: security log, the move event, and on disabling the end of sessions and tokens and
     * {@link UserDeactivated}.
     */
    void updateChecked(User user, UserForm form, Set<Role> roles) {
        UUID id = user.getId();
        Set<Role> oldRoles = user.getRoles();
        UUID oldDepartment = user.getDepartmentId();
        boolean wasActive = user.isActive();
        String oldEmail = user.getEmail();
        apply(form, user, roles);
        if (form.getPassword() != null) {
            user.setPasswordHash(passwordEncoder.encode(form.getPassword()));
            securityLog.record("user.password-set", "user", id.toString(), null);
        }
        users.saveAndFlush(user);
        if (!oldRoles.equals(roles)) {
            securityLog.record("user.roles-changed", "user", id.toString(), codes(oldRoles) + " -> " + codes(roles));
        }
        if (!Objects.equals(oldDepartment, user.getDepartmentId())) {
            securityLog.record("user.department-changed", "user", id.toString(), oldDepartment + " -> " + user.getDepartmentId());
            events.publishEvent(new UserMovedToDepartment(id, user.getDepartmentId()));
        }
        if (wasActive && !user.isActive()) {
            sessions.endEverything(id, oldEmail);
            securityLog.record("user.disabled", "user", id.toString(), null);
            events.publishEvent(new UserDeactivated(id));
        } else if (!wasActive && user.isActive()) {
            securityLog.record("user.enabled", "user", id.toString(), null);
        }
    }

    /**
     * Everything {@link #create} or {@link #update} would refuse in {@code form} (self null for a new
     * user), as problems instead of an exception — for an import, where one bad row must not end the
     * transaction of its chunk. The password is not looked at.
     */
    List<FieldProblem> problemsOf(UserForm form, User self) {
        List<FieldProblem> problems = new ArrayList<>();
        try {
            validator.validate(form);
        } catch (ValidationException e) {
            problems.addAll(e.fieldProblems());
        }
        UUID selfId = self == null ? null : self.getId();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        problems.addAll(referenceProblems(form, selfId, roles));
        if (form.getEmail() != null && users.findByEmail(form.getEmail()).filter(o -> !o.getId().equals(selfId)).isPresent()) {
            problems.add(new FieldProblem("email", "validation.email-taken"));
        }
        boolean wasAdmin = self != null && self.isActive() && self.getRoles().contains(Role.ADMIN);
        if (wasAdmin && (!roles.contains(Role.ADMIN) || Boolean.FALSE.equals(form.getActive()))
                && users.countActiveAdministratorsOtherThan(selfId) == 0) {
            problems.add(new FieldProblem(null, "problem.last-admin"));
        }
        return problems;
    }

    /** The roles of a form that has passed {@link #problemsOf}. */
    static Set<Role> rolesOf(UserForm form) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        form.getRoles().forEach(code -> Role.fromCode(code).ifPresent(roles::add));
        return roles;
    }

    @Transactional
    public void changeOwnPassword(UUID userId, String currentPassword, String newPassword) {
        User user = users.findById(userId).orElseThrow(NotFoundException::new);
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            throw ValidationException.of("currentPassword", "validation.password-wrong");
        }
        if (newPassword == null || newPassword.length() < 8 || newPassword.length() > 128) {
            throw ValidationException.of("newPassword", "validation.password-length");
        }
        user.setPasswordHash(passwordEncoder.encode(newPassword));
        securityLog.record("user.password-changed", "user", userId.toString(), null);
    }

    @Transactional
    public void changeOwnSettings(UUID userId, String language, String timeZone) {
        User user = users.findById(userId).orElseThrow(NotFoundException::new);
        List<FieldProblem> problems = new ArrayList<>();
        if (!"zh-CN".equals(language) && !"en".equals(language)) {
            problems.add(new FieldProblem("language", "validation.language"));
        }
        if (!validZone(timeZone)) {
            problems.add(new FieldProblem("timeZone", "validation.time-zone"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        user.setLanguage(language);
        user.setTimeZone(timeZone);
    }

    private Set<Role> checkReferences(UserForm form, UUID selfId) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        List<FieldProblem> problems = referenceProblems(form, selfId, roles);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return roles;
    }

    /** Unknown roles, department, manager (or the user as their own manager) and time zone; fills {@code roles}. */
    private List<FieldProblem> referenceProblems(UserForm form, UUID selfId, Set<Role> roles) {
        List<FieldProblem> problems = new ArrayList<>();
        for (String code : form.getRoles()) {
            Role.fromCode(code).ifPresentOrElse(roles::add,
                    () -> problems.add(new FieldProblem("roles", "validation.role-unknown", code)));
        }
        if (form.getDepartmentId() != null && !departments.existsById(form.getDepartmentId())) {
            problems.add(new FieldProblem("departmentId", "validation.reference-unknown"));
        }
        if (form.getManagerId() != null && (form.getManagerId().equals(selfId) || !users.existsById(form.getManagerId()))) {
            problems.add(new FieldProblem("managerId", "validation.reference-unknown"));
        }
        if (!validZone(form.getTimeZone())) {
            problems.add(new FieldProblem("timeZone", "validation.time-zone"));
        }
        return problems;
    }

    private static void apply(UserForm form, User user, Set<Role> roles) {
        user.setName(form.getName());
        user.setEmail(form.getEmail());
        user.setDepartmentId(form.getDepartmentId());
        user.setManagerId(form.getManagerId());
        user.setRoles(roles);
        user.setLanguage(form.getLanguage());
        user.setTimeZone(form.getTimeZone());
        user.setActive(form.getActive() == null || form.getActive());
        user.setPhone(blankToNull(form.getPhone()));
        user.setTitle(blankToNull(form.getTitle()));
    }

    static boolean validZone(String zone) {
        if (zone == null || zone.isBlank() || zone.length() > 64) {
            return false;
        }
        try {
            ZoneId.of(zone);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static String codes(Set<Role> roles) {
        return roles.stream().map(Role::code).sorted().toList().toString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Guards the last administrator: the product must always have one active administrator. */
    void requireAnotherAdministrator(UUID leaving) {
        if (users.countActiveAdministratorsOtherThan(leaving) == 0) {
            throw new ConflictException("problem.last-admin");
        }
    }
}
