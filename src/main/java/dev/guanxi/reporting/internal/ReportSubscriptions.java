package dev.guanxi.reporting.internal;

import dev.guanxi.identity.CurrentUser;
import dev.guanxi.identity.Role;
import dev.guanxi.shared.problem.ValidationException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who receives which scheduled report, and at what local hour. Only choices that differ from the
 * default are stored ({@code report_subscriptions}); without a row the default applies: sales managers
 * and VPs get the weekly report (Mondays) and the monthly one (on the 1st) at 08:00, no daily one;
 * everyone else gets none until they ask.
 */
@Service
public class ReportSubscriptions {

    public static final int DEFAULT_HOUR = 8;

    private final JdbcClient jdbc;

    ReportSubscriptions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One choice; {@code chosen} is false where it is the default (no row). */
    public record Subscription(Frequency frequency, boolean enabled, int sendHour, boolean chosen) {
    }

    /** A user who receives a report of a frequency, with what a job needs to know when. */
    public record Subscriber(UUID userId, String timeZone, Frequency frequency, int sendHour) {
    }

    static boolean enabledByDefault(boolean managesSales, Frequency frequency) {
        return managesSales && frequency != Frequency.DAY;
    }

    /** The user's three subscriptions, defaults filled in. */
    @Transactional(readOnly = true)
    public List<Subscription> of(CurrentUser user) {
        Map<Frequency, Subscription> chosen = new EnumMap<>(Frequency.class);
        jdbc.sql("select frequency, enabled, send_hour from report_subscriptions where user_id = :user")
                .param("user", user.id()).query(rs -> {
                    Frequency f = Frequency.fromCode(rs.getString(1)).orElseThrow();
                    chosen.put(f, new Subscription(f, rs.getBoolean(2), rs.getInt(3), true));
                });
        boolean managesSales = user.has(Role.SALES_MANAGER) || user.has(Role.SALES_VP);
        List<Subscription> result = new ArrayList<>();
        for (Frequency f : Frequency.values()) {
            result.add(chosen.getOrDefault(f, new Subscription(f, enabledByDefault(managesSales, f), DEFAULT_HOUR, false)));
        }
        return result;
    }

    /** Saves the user's choices (all or some frequencies); a bad hour or frequency saves nothing. */
    @Transactional
    public List<Subscription> save(CurrentUser user, List<Choice> choices) {
        List<dev.guanxi.shared.problem.GuanxiException.FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            Choice c = choices.get(i);
            if (c.frequency() == null || Frequency.fromCode(c.frequency()).isEmpty()) {
                problems.add(new dev.guanxi.shared.problem.GuanxiException.FieldProblem("items[" + i + "].frequency", "validation.report.frequency"));
            }
            if (c.sendHour() != null && (c.sendHour() < 0 || c.sendHour() > 23)) {
                problems.add(new dev.guanxi.shared.problem.GuanxiException.FieldProblem("items[" + i + "].sendHour", "validation.report.hour"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        Map<Frequency, Subscription> current = new EnumMap<>(Frequency.class);
        of(user).forEach(s -> current.put(s.frequency(), s));
        for (Choice c : choices) {
            Frequency f = Frequency.fromCode(c.frequency()).orElseThrow();
            Subscription before = current.get(f);
            jdbc.sql("""
                            insert into report_subscriptions (user_id, frequency, enabled, send_hour)
                            values (:user, :frequency, :enabled, :hour)
                            on conflict (user_id, frequency)
                            do update set enabled = excluded.enabled, send_hour = excluded.send_hour, updated_at = now()
                            """)
                    .param("user", user.id()).param("frequency", f.code())
                    .param("enabled", c.enabled() == null ? before.enabled() : c.enabled())
                    .param("hour", c.sendHour() == null ? before.sendHour() : c.sendHour()).update();
        }
        return of(user);
    }

    /** What a user asks for; a field left out keeps its current value. */
    public record Choice(String frequency, Boolean enabled, Integer sendHour) {
    }

    /** Every active user's enabled subscriptions, defaults included, in one query. */
    @Transactional(readOnly = true)
    public List<Subscriber> subscribers() {
        return jdbc.sql("""
                        select u.id, u.time_zone, f.code, coalesce(s.send_hour, :defaultHour)
                          from users u
                         cross join (values ('day'), ('week'), ('month')) f(code)
                          left join report_subscriptions s on s.user_id = u.id and s.frequency = f.code
                         where u.active
                           and coalesce(s.enabled, f.code <> 'day' and exists (
                                   select 1 from user_roles r where r.user_id = u.id and r.role in ('sales_manager', 'sales_vp')))
                         order by u.id, f.code
                        """)
                .param("defaultHour", DEFAULT_HOUR)
                .query((rs, n) -> new Subscriber(rs.getObject(1, UUID.class), rs.getString(2),
                        Frequency.fromCode(rs.getString(3)).orElseThrow(), rs.getInt(4)))
                .list();
    }
}
