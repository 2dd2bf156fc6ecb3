package dev.guanxi.identity.internal;

import dev.guanxi.identity.SecurityLog;
import dev.guanxi.shared.problem.NotFoundException;
import dev.guanxi.shared.problem.ValidationException;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Teams (团队): a named group of users with a leader, used to plan and report by team. */
@Service
public class TeamAdministration {

    private final TeamRepository teams;
    private final UserRepository users;
    private final DepartmentRepository departments;
    private final SecurityLog securityLog;

    TeamAdministration(TeamRepository teams, UserRepository users, DepartmentRepository departments,
                       SecurityLog securityLog) {
        this.teams = teams;
        this.users = users;
        this.departments = departments;
        this.securityLog = securityLog;
    }

    @Transactional
    public Team save(UUID id, String name, UUID departmentId, UUID leaderId, Set<UUID> memberIds, Long expectedVersion) {
        Team team = id == null ? new Team(name) : teams.findById(id).orElseThrow(NotFoundException::new);
        if (id != null) {
            team.requireVersion(expectedVersion);
        }
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw ValidationException.of("name", "validation.required");
        }
        if (departmentId != null && !departments.existsById(departmentId)) {
            throw ValidationException.of("departmentId", "validation.reference-unknown");
        }
        if (leaderId != null && !users.existsById(leaderId)) {
            throw ValidationException.of("leaderId", "validation.reference-unknown");
        }
        if (users.findAllById(memberIds).size() != memberIds.size()) {
            throw ValidationException.of("memberIds", "validation.reference-unknown");
        }
        team.setName(name.strip());
        team.setDepartmentId(departmentId);
        team.setLeaderId(leaderId);
        team.setMemberIds(memberIds);
        teams.saveAndFlush(team);
        securityLog.record(id == null ? "team.created" : "team.changed", "team", team.getId().toString(),
                "members=" + memberIds.size());
        return team;
    }

    @Transactional
    public void delete(UUID id) {
        Team team = teams.findById(id).orElseThrow(NotFoundException::new);
        teams.delete(team);
        securityLog.record("team.deleted", "team", id.toString(), team.getName());
    }
}
