package dev.guanxi.sales.internal;

import dev.guanxi.identity.CurrentUser;
import dev.guanxi.shared.jpa.UuidV7;
import dev.guanxi.shared.problem.ForbiddenException;
import dev.guanxi.shared.problem.NotFoundException;
import dev.guanxi.shared.problem.ValidationException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assignment rules for new leads without an owner: in order, the first rule whose condition matches
 * (any lead, or a region, industry or source) names a user, or a team whose active members take
 * turns (round robin). No matching rule: the lead goes to the lead pool.
 */
@Service
public class LeadAssignment {

    private final JdbcClient jdbc;

    LeadAssignment(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Rule(UUID id, int position, String matchField, String matchValue, UUID userId, UUID teamId,
                       String targetName) {
    }

    public List<Rule> rules() {
        return jdbc.sql("""
                        select r.id, r.position, r.match_field, r.match_value, r.user_id, r.team_id,
                               coalesce(u.name, t.name) from lead_assignment_rules r
                        left join users u on u.id = r.user_id left join teams t on t.id = r.team_id
                        order by r.position, r.created_at
                        """)
                .query((rs, n) -> new Rule(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, UUID.class), rs.getObject(6, UUID.class), rs.getString(7)))
                .list();
    }

    @Transactional
    public UUID addRule(String matchField, String matchValue, UUID userId, UUID teamId) {
        requireManager();
        if (!List.of("any", "region", "industry", "source").contains(matchField)) {
            throw ValidationException.of("matchField", "validation.enum");
        }
        String value = matchValue == null || matchValue.isBlank() ? null : matchValue.strip();
        if (!"any".equals(matchField) && value == null) {
            throw ValidationException.of("matchValue", "validation.required");
        }
        if ((userId == null) == (teamId == null)) {
            throw ValidationException.of("target", "validation.rule-target");
        }
        UUID id = UuidV7.next();
        int position = jdbc.sql("select coalesce(max(position), 0) + 1 from lead_assignment_rules").query(Integer.class).single();
        jdbc.sql("""
                        insert into lead_assignment_rules (id, position, match_field, match_value, user_id, team_id)
                        values (:id, :position, :field, :value, :user, :team)
                        """)
                .param("id", id).param("position", position).param("field", matchField).param("value", value)
                .param("user", userId).param("team", teamId).update();
        return id;
    }

    @Transactional
    public void removeRule(UUID id) {
        requireManager();
        if (jdbc.sql("delete from lead_assignment_rules where id = :id").param("id", id).update() == 0) {
            throw new NotFoundException();
        }
    }

    /** The owner the rules give this lead, if any; a team rule advances its turn. */
    @Transactional
    public Optional<UUID> ownerFor(Lead lead) {
        for (Rule rule : rules()) {
            if (matches(rule, lead)) {
                return rule.userId() != null ? activeUser(rule.userId()) : nextInTeam(rule);
            }
        }
        return Optional.empty();
    }

    private static boolean matches(Rule rule, Lead lead) {
        return switch (rule.matchField()) {
            case "any" -> true;
            case "region" -> rule.matchValue().equalsIgnoreCase(nullToEmpty(lead.getRegion()));
            case "industry" -> rule.matchValue().equalsIgnoreCase(nullToEmpty(lead.getIndustry()));
            case "source" -> rule.matchValue().equalsIgnoreCase(lead.getSource().code());
            default -> false;
        };
    }

    private Optional<UUID> activeUser(UUID userId) {
        return jdbc.sql("select id from users where id = :id and active").param("id", userId).query(UUID.class).optional();
    }

    /** The team member after the last one assigned, in a stable order; locked so two leads never take one turn. */
    private Optional<UUID> nextInTeam(Rule rule) {
        UUID last = jdbc.sql("select last_assigned from lead_assignment_rules where id = :id for update")
                .param("id", rule.id()).query(UUID.class).optional().orElse(null);
        List<UUID> members = jdbc.sql("""
                        select u.id from team_members m join users u on u.id = m.user_id
                        where m.team_id = :team and u.active order by u.id
                        """)
                .param("team", rule.teamId()).query(UUID.class).list();
        if (members.isEmpty()) {
            return Optional.empty();
        }
        int index = last == null ? 0 : (members.indexOf(last) + 1) % members.size();
        UUID next = members.get(Math.max(index, 0));
        jdbc.sql("update lead_assignment_rules set last_assigned = :next where id = :id")
                .param("next", next).param("id", rule.id()).update();
        return Optional.of(next);
    }

    private static void requireManager() {
        if (!CurrentUser.require().mayAssign()) {
            throw new ForbiddenException("problem.lead.rules-managers-only");
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
