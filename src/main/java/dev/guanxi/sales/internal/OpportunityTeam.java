package dev.guanxi.sales.internal;

import dev.guanxi.identity.UserDirectory;
import dev.guanxi.identity.UserSummary;
import dev.guanxi.shared.problem.ConflictException;
import dev.guanxi.shared.problem.NotFoundException;
import dev.guanxi.shared.problem.ValidationException;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The opportunity team (销售团队): colleagues who work the deal with its owner — a presales engineer,
 * a technical expert, a manager — each with a role in this deal. Members may open the deal even when
 * it belongs to another department; only those who may change the deal change its team.
 */
@Service
public class OpportunityTeam {

    static final int MAX_ROLE_LENGTH = 60;

    private final JdbcClient jdbc;
    private final OpportunityAccess access;
    private final UserDirectory users;

    OpportunityTeam(JdbcClient jdbc, OpportunityAccess access, UserDirectory users) {
        this.jdbc = jdbc;
        this.access = access;
        this.users = users;
    }

    public record Member(UUID userId, String name, String departmentName, String role) {
    }

    @Transactional(readOnly = true)
    public List<Member> of(UUID opportunityId) {
        access.readable(opportunityId);
        return jdbc.sql("""
                        select t.user_id, u.name, d.name, t.role from opportunity_team t join users u on u.id = t.user_id
                        left join departments d on d.id = u.department_id
                        where t.opportunity_id = :id order by u.name
                        """)
                .param("id", opportunityId)
                .query((rs, n) -> new Member(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    @Transactional
    public void add(UUID opportunityId, UUID userId, String role) {
        access.editable(opportunityId);
        UserSummary user = userId == null ? null : users.find(userId).filter(UserSummary::active).orElse(null);
        if (user == null) {
            throw ValidationException.of("userId", "validation.reference-unknown");
        }
        String cleanRole = role == null || role.isBlank() ? null : role.strip();
        if (cleanRole != null && cleanRole.length() > MAX_ROLE_LENGTH) {
            throw ValidationException.of("role", "validation.too-long", MAX_ROLE_LENGTH);
        }
        try {
            jdbc.sql("insert into opportunity_team (opportunity_id, user_id, role) values (:id, :user, :role)")
                    .param("id", opportunityId).param("user", userId).param("role", cleanRole).update();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("problem.team.member-exists");
        }
    }

    @Transactional
    public void remove(UUID opportunityId, UUID userId) {
        access.editable(opportunityId);
        if (jdbc.sql("delete from opportunity_team where opportunity_id = :id and user_id = :user")
                .param("id", opportunityId).param("user", userId).update() == 0) {
            throw new NotFoundException();
        }
    }
}
