package dev.guanxi.reporting.internal;

import dev.guanxi.identity.CurrentUser;
import dev.guanxi.identity.UserDirectory;
import dev.guanxi.notification.Mailer;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The scheduled round: for every subscriber whose moment has come — their send hour (or later) on the
 * day the report is due in their time zone: every day, Mondays, the 1st — the report of the previous
 * complete period is built in their scope and queued as a mail. Each report claims its row in
 * {@code report_deliveries} in the transaction that queues the mail, so a second run, a late run or a
 * second node sends nothing again; a mail server that fails is the outbox's business (retries, and
 * {@code /admin/mail} for administrators) — the report is not lost.
 */
@Service
public class ReportMailing {

    private static final Logger log = LoggerFactory.getLogger(ReportMailing.class);

    private final ReportSubscriptions subscriptions;
    private final UserDirectory users;
    private final SalesReports reports;
    private final ReportMails mails;
    private final Mailer mailer;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    ReportMailing(ReportSubscriptions subscriptions, UserDirectory users, SalesReports reports, ReportMails mails,
                  Mailer mailer, JdbcClient jdbc, PlatformTransactionManager transactionManager) {
        this.subscriptions = subscriptions;
        this.users = users;
        this.reports = reports;
        this.mails = mails;
        this.mailer = mailer;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Queues every report due at {@code now}; answers how many were queued. */
    public int sendDue(Instant now) {
        int queued = 0;
        for (ReportSubscriptions.Subscriber subscriber : subscriptions.subscribers()) {
            ZonedDateTime local = now.atZone(zone(subscriber.timeZone()));
            if (!due(subscriber, local)) {
                continue;
            }
            ReportPeriod period = ReportPeriod.containing(subscriber.frequency(), local.toLocalDate()).previous();
            try {
                // one transaction per report: one reader's failure does not hold back the others
                if (Boolean.TRUE.equals(transactions.execute(status -> deliver(subscriber.userId(), period)))) {
                    queued++;
                }
            } catch (RuntimeException e) {
                log.warn("Sales report {} {} for user {} could not be prepared; the next round tries again",
                        period.frequency().code(), period.start(), subscriber.userId(), e);
            }
        }
        return queued;
    }

    static boolean due(ReportSubscriptions.Subscriber subscriber, ZonedDateTime local) {
        if (local.getHour() < subscriber.sendHour()) {
            return false;
        }
        return switch (subscriber.frequency()) {
            case DAY -> true;
            case WEEK -> local.getDayOfWeek() == DayOfWeek.MONDAY;
            case MONTH -> local.getDayOfMonth() == 1;
        };
    }

    private boolean deliver(UUID userId, ReportPeriod period) {
        int claimed = jdbc.sql("""
                        insert into report_deliveries (user_id, frequency, period_start) values (:user, :frequency, :start)
                        on conflict do nothing
                        """)
                .param("user", userId).param("frequency", period.frequency().code()).param("start", period.start()).update();
        if (claimed == 0) {
            return false;
        }
        Optional<CurrentUser> reader = users.actor(userId);
        if (reader.isEmpty()) {
            return false;
        }
        UUID mail = mailer.queue(mails.draft(reader.get(), reports.build(reader.get(), period)));
        jdbc.sql("update report_deliveries set mail_id = :mail where user_id = :user and frequency = :frequency"
                        + " and period_start = :start")
                .param("mail", mail).param("user", userId).param("frequency", period.frequency().code())
                .param("start", period.start()).update();
        return true;
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException | NullPointerException e) {
            return ZoneId.of("Asia/Shanghai");
        }
    }
}
