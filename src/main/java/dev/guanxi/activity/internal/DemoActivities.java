package dev.guanxi.activity.internal;

import dev.guanxi.contact.ContactSummary;
import dev.guanxi.contact.Contacts;
import dev.guanxi.customer.DemoAccountsCreated;
import dev.guanxi.customer.DemoAccountsCreated.DemoAccount;
import dev.guanxi.sales.Opportunities;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The demo company's activities: for every demo deal the calls, visits, presentations and
 * demonstrations that moved it (done, with results, evaluations and travel costs, spread over the deal's
 * life), and for every rep a calendar of the coming three weeks (meetings with reminders, calls, to-dos;
 * a few overlapping, a few already overdue). A fixed seed makes it the same on every installation.
 *
 * <p>Runs before the loading transaction commits, after the demo deals (ordered last): it reads them
 * back from the table, as the deals are only announced by being there.
 */
@Component
class DemoActivities {

    private static final long SEED = 20261128L;
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final List<ActivityType> DEAL_WORK = List.of(ActivityType.CALL_OUTBOUND, ActivityType.MEETING,
            ActivityType.CALL_OUTBOUND, ActivityType.PRESENTATION, ActivityType.DEMONSTRATION, ActivityType.CORRESPONDENCE,
            ActivityType.CALL_INBOUND, ActivityType.APPOINTMENT);

    private final EntityManager entityManager;
    private final JdbcClient jdbc;
    private final Contacts contacts;
    private final Opportunities opportunities;

    DemoActivities(EntityManager entityManager, JdbcClient jdbc, Contacts contacts, Opportunities opportunities) {
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        this.contacts = contacts;
        this.opportunities = opportunities;
    }

    record Deal(UUID id, UUID accountId, String name, String status, Instant createdAt, Instant closedAt) {
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void on(DemoAccountsCreated event) {
        entityManager.flush();
        FlushModeType flushMode = entityManager.getFlushMode();
        entityManager.setFlushMode(FlushModeType.COMMIT);
        try {
            int written = load(event);
            event.loaded().merge("activities", written, Integer::sum);
        } finally {
            entityManager.setFlushMode(flushMode);
        }
        entityManager.flush();
    }

    private int load(DemoAccountsCreated event) {
        Random random = new Random(SEED);
        Map<UUID, DemoAccount> accounts = event.accounts().stream().filter(a -> a.ownerId() != null)
                .collect(Collectors.toMap(DemoAccount::id, Function.identity()));
        List<Deal> deals = jdbc.sql("""
                        select o.id, o.account_id, o.name, o.status, o.created_at,
                               case when o.status = 'open' then null else o.updated_at end
                          from opportunities o where o.deleted_at is null order by o.created_at, o.id
                        """)
                .query((rs, n) -> new Deal(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4), rs.getTimestamp(5).toInstant(),
                        rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant()))
                .list();
        Instant now = Instant.now();
        int written = 0;
        for (Deal deal : deals) {
            DemoAccount account = accounts.get(deal.accountId());
            if (account == null) {
                continue;
            }
            List<ContactSummary> people = contacts.ofAccount(account.id());
            Instant until = deal.closedAt() != null ? deal.closedAt() : now.minus(1, ChronoUnit.DAYS);
            int count = "won".equals(deal.status()) ? 4 + random.nextInt(4) : 2 + random.nextInt(4);
            Instant latest = null;
            for (int i = 0; i < count; i++) {
                Activity activity = done(DEAL_WORK.get(random.nextInt(DEAL_WORK.size())), account, deal, people,
                        between(deal.createdAt(), until, random), random);
                written += persist(activity);
                latest = latest == null || activity.getActualStart().isAfter(latest) ? activity.getActualStart() : latest;
            }
            opportunities.activityHappened(deal.id(), latest);
        }
        Map<UUID, List<DemoAccount>> byOwner = accounts.values().stream().collect(Collectors.groupingBy(DemoAccount::ownerId));
        for (List<DemoAccount> own : byOwner.values()) {
            written += plan(own, now, random);
        }
        return written;
    }

    /** Work done on a deal: who was met or called, what came of it, and the travel cost of a visit. */
    private Activity done(ActivityType type, DemoAccount account, Deal deal, List<ContactSummary> people, Instant at, Random random) {
        boolean english = account.international();
        Activity activity = new Activity(type, DemoActivityTexts.subject(type, deal.name(), english));
        activity.setAccountId(account.id());
        activity.setOpportunityId(deal.id());
        if (!people.isEmpty()) {
            activity.setContactId(people.get(random.nextInt(people.size())).id());
        }
        Instant start = workingHour(at, random);
        Instant end = start.plus(type == ActivityType.CALL_OUTBOUND || type == ActivityType.CALL_INBOUND ? 20 : 90, ChronoUnit.MINUTES);
        activity.schedule(start, end, false);
        activity.record(start, end);
        activity.setStatus(ActivityStatus.DONE);
        Evaluation evaluation = Evaluation.values()[random.nextInt(10) < 6 ? 0 : random.nextInt(10) < 7 ? 1 : 2];
        activity.setEvaluation(evaluation);
        activity.setResult(DemoActivityTexts.result(evaluation, english));
        if (type == ActivityType.MEETING || type == ActivityType.PRESENTATION || type == ActivityType.DEMONSTRATION
                || type == ActivityType.APPOINTMENT) {
            activity.setLocation(english ? "Customer office" : "客户办公室");
            activity.setCost(BigDecimal.valueOf(200 + random.nextInt(28) * 50L));
            activity.setCurrency("CNY");
        }
        activity.assignTo(account.ownerId(), account.departmentId());
        activity.writtenAt(start.minus(2, ChronoUnit.DAYS), end);
        return activity;
    }

    /** A rep's coming three weeks, plus two things that should have been done already. */
    private int plan(List<DemoAccount> own, Instant now, Random random) {
        int written = 0;
        LocalDate today = LocalDate.now(SHANGHAI);
        int items = 8 + random.nextInt(6);
        for (int i = 0; i < items + 2; i++) {
            DemoAccount account = own.get(random.nextInt(own.size()));
            boolean overdue = i >= items;
            LocalDate day = overdue ? today.minusDays(1 + random.nextInt(3)) : today.plusDays(random.nextInt(21));
            if (!overdue && (day.getDayOfWeek().getValue() > 5)) {
                day = day.plusDays(8 - day.getDayOfWeek().getValue());
            }
            ActivityType type = overdue ? ActivityType.TODO : List.of(ActivityType.MEETING, ActivityType.CALL_OUTBOUND,
                    ActivityType.PRESENTATION, ActivityType.APPOINTMENT, ActivityType.TODO).get(random.nextInt(5));
            Instant start = day.atTime(9 + random.nextInt(8), random.nextBoolean() ? 0 : 30).atZone(SHANGHAI).toInstant();
            Activity activity = new Activity(type, DemoActivityTexts.subject(type, account.name(), account.international()));
            activity.setAccountId(account.id());
            activity.schedule(start, start.plus(type == ActivityType.MEETING || type == ActivityType.PRESENTATION ? 90 : 30,
                    ChronoUnit.MINUTES), false);
            activity.setStatus(ActivityStatus.PLANNED);
            activity.setPriority(random.nextInt(5) == 0 ? ActivityPriority.HIGH : ActivityPriority.NORMAL);
            if (type == ActivityType.MEETING || type == ActivityType.APPOINTMENT) {
                activity.setReminderMinutes(30);
                activity.setLocation(account.international() ? "Customer office" : "客户办公室");
            }
            activity.assignTo(account.ownerId(), account.departmentId());
            Instant noted = now.minus(1 + random.nextInt(5), ChronoUnit.DAYS);
            activity.writtenAt(noted, noted);
            written += persist(activity);
        }
        return written;
    }

    private int persist(Activity activity) {
        entityManager.persist(activity);
        return 1;
    }

    private static Instant between(Instant from, Instant to, Random random) {
        long span = Math.max(1, Duration.between(from, to).toMinutes());
        return from.plus(random.nextLong(span), ChronoUnit.MINUTES);
    }

    /** The same day, at a working hour in Shanghai. */
    private static Instant workingHour(Instant at, Random random) {
        LocalDate day = at.atZone(SHANGHAI).toLocalDate();
        return day.atTime(9 + random.nextInt(8), random.nextInt(4) * 15).atZone(SHANGHAI).toInstant();
    }
}
