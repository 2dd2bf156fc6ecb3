package dev.guanxi.identity.internal;

import dev.guanxi.identity.CurrentUser;
import dev.guanxi.identity.DemoCompanyCreated;
import dev.guanxi.identity.DemoCompanyCreated.Seller;
import dev.guanxi.identity.Role;
import dev.guanxi.identity.SecurityLog;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the bilingual demo company (GUANXI_DEMO_DATA): creates the departments and people of
 * {@link DemoStaff}, then announces {@link DemoCompanyCreated} so that the customer and contact
 * modules add their records through their own code, all in one transaction — a failure leaves no
 * half-loaded demo behind. Records are written as the bootstrap administrator, so "created by" and
 * the change history name a real user instead of nobody.
 */
@Component
public class DemoCompany {

    public static final String PASSWORD = "guanxi-demo";

    private static final Logger log = LoggerFactory.getLogger(DemoCompany.class);
    /** Two nodes started together on one database must not both load the demo. */
    private static final long LOCK_KEY = 0x6775616E7869L;

    private final EntityManager entityManager;
    private final UserRepository users;
    private final CurrentUserLoader currentUsers;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final SecurityLog securityLog;
    private final TransactionTemplate transaction;
    private final String administratorEmail;

    DemoCompany(EntityManager entityManager, UserRepository users, CurrentUserLoader currentUsers,
                PasswordEncoder passwordEncoder, ApplicationEventPublisher events, SecurityLog securityLog,
                PlatformTransactionManager transactionManager, @Value("${guanxi.admin.email}") String administratorEmail) {
        this.entityManager = entityManager;
        this.users = users;
        this.currentUsers = currentUsers;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.securityLog = securityLog;
        this.transaction = new TransactionTemplate(transactionManager);
        this.administratorEmail = administratorEmail;
    }

    /**
     * Loads the demo company whatever else the database holds, unless its people exist already (then
     * nothing happens). Answers what was created, by kind; empty when nothing was.
     */
    public Optional<Map<String, Integer>> load() {
        long started = System.nanoTime();
        SecurityContext previous = SecurityContextHolder.getContext();
        try {
            actAsAdministrator();
            Optional<Map<String, Integer>> loaded = Optional.ofNullable(transaction.execute(status -> create()));
            loaded.ifPresent(counts -> report(counts, Duration.ofNanos(System.nanoTime() - started)));
            return loaded;
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private Map<String, Integer> create() {
        entityManager.createNativeQuery("select 1 from pg_advisory_xact_lock(?1)").setParameter(1, LOCK_KEY)
                .getSingleResult();
        List<String> emails = DemoStaff.PEOPLE.stream().map(p -> p.email().toLowerCase(Locale.ROOT)).toList();
        long present = entityManager.createQuery("select count(u) from User u where lower(u.email) in :emails", Long.class)
                .setParameter("emails", emails).getSingleResult();
        if (present > 0) {
            return null;
        }
        Map<String, UUID> unitIds = createDepartments();
        Map<String, User> byLogin = createPeople(unitIds);
        List<Seller> sellers = new ArrayList<>();
        for (DemoStaff.Person person : DemoStaff.PEOPLE) {
            DemoStaff.Unit unit = DemoStaff.unit(person.unitKey());
            if (unit.territory() != null) {
                sellers.add(new Seller(byLogin.get(person.login()).getId(), unitIds.get(unit.key()), unit.territory(),
                        person.role() == Role.SALES_MANAGER));
            }
        }
        Map<String, Integer> loaded = new LinkedHashMap<>();
        loaded.put("departments", DemoStaff.UNITS.size());
        loaded.put("users", byLogin.size());
        events.publishEvent(new DemoCompanyCreated(sellers, loaded));
        return loaded;
    }

    /** Reuses a department of the same name under the same parent: an administrator may have made it already. */
    private Map<String, UUID> createDepartments() {
        Map<String, Department> existing = entityManager.createQuery("select d from Department d", Department.class)
                .getResultStream()
                .collect(Collectors.toMap(d -> siblingKey(d.getParentId(), d.getName()), d -> d, (a, b) -> a));
        Map<String, UUID> ids = new HashMap<>();
        for (DemoStaff.Unit unit : DemoStaff.UNITS) {
            UUID parentId = unit.parentKey() == null ? null : ids.get(unit.parentKey());
            Department department = existing.get(siblingKey(parentId, unit.name()));
            if (department == null) {
                // persisted in order, parents first: Hibernate keeps that order within one table
                department = new Department(unit.name(), parentId);
                entityManager.persist(department);
            }
            ids.put(unit.key(), department.getId());
        }
        return ids;
    }

    private static String siblingKey(UUID parentId, String name) {
        return parentId + "/" + name.toLowerCase(Locale.ROOT);
    }

    private Map<String, User> createPeople(Map<String, UUID> unitIds) {
        // One bcrypt hash for everyone: hashing per user would add seconds to the first start.
        String passwordHash = passwordEncoder.encode(PASSWORD);
        Map<String, UUID> headOfUnit = new HashMap<>();
        Map<String, User> byLogin = new LinkedHashMap<>();
        for (DemoStaff.Person person : DemoStaff.PEOPLE) {
            User user = new User(person.email(), person.name(), passwordHash);
            user.setRoles(Set.of(person.role()));
            user.setDepartmentId(unitIds.get(person.unitKey()));
            user.setManagerId(managerOf(person, headOfUnit));
            user.setTitle(person.title());
            user.setPhone(person.phone());
            user.setLanguage(person.language());
            user.setTimeZone(person.timeZone());
            entityManager.persist(user);
            if (person.head()) {
                headOfUnit.put(person.unitKey(), user.getId());
            }
            byLogin.put(person.login(), user);
        }
        entityManager.flush();
        // as for users an administrator creates: the security log shows where these accounts came from
        byLogin.forEach((login, user) -> securityLog.record("user.created", "user", user.getId().toString(),
                "roles=" + user.getRoles().iterator().next().code() + " (demo data)"));
        return byLogin;
    }

    /** The head of the person's department; for a head, the nearest head above. */
    private static UUID managerOf(DemoStaff.Person person, Map<String, UUID> headOfUnit) {
        String unitKey = person.head() ? DemoStaff.unit(person.unitKey()).parentKey() : person.unitKey();
        while (unitKey != null) {
            UUID head = headOfUnit.get(unitKey);
            if (head != null) {
                return head;
            }
            unitKey = DemoStaff.unit(unitKey).parentKey();
        }
        return null;
    }

    /** Without the bootstrap administrator (renamed, disabled) the records are written as "system". */
    private void actAsAdministrator() {
        Optional<CurrentUser> administrator = users.findByEmail(administratorEmail)
                .flatMap(admin -> currentUsers.load(admin.getId()));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        administrator.ifPresent(admin -> context.setAuthentication(CurrentUserFilter.Authentications.of(admin, null)));
        SecurityContextHolder.setContext(context);
    }

    private static void report(Map<String, Integer> counts, Duration took) {
        String what = counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", "));
        String signIns = DemoStaff.oneOfEachRole().stream()
                .map(p -> p.email() + " (" + p.role().code() + ")")
                .collect(Collectors.joining(", "));
        log.info("Loaded the demo company in {} ms: {}. Sign in with the password '{}' as {} (all demo users: "
                + "docs/OPERATIONS.md)", took.toMillis(), what, PASSWORD, signIns);
    }
}
