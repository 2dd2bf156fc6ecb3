package dev.guanxi.identity.internal;

import dev.guanxi.shared.problem.NotFoundException;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads users, departments and teams by id for the identity pages and API; unknown ids are 404. */
@Component
public class UserLookup {

    private final UserRepository users;
    private final DepartmentRepository departments;
    private final TeamRepository teams;

    UserLookup(UserRepository users, DepartmentRepository departments, TeamRepository teams) {
        this.users = users;
        this.departments = departments;
        this.teams = teams;
    }

    @Transactional(readOnly = true)
    public User require(UUID id) {
        return users.findById(id).orElseThrow(NotFoundException::new);
    }

    @Transactional(readOnly = true)
    public Department requireDepartment(UUID id) {
        return departments.findById(id).orElseThrow(NotFoundException::new);
    }

    @Transactional(readOnly = true)
    public Team requireTeam(UUID id) {
        return teams.findWithMembersById(id).orElseThrow(NotFoundException::new);
    }

    @Transactional(readOnly = true)
    public List<Team> teams() {
        return teams.findAllByOrderByNameAsc();
    }

    @Transactional(readOnly = true)
    public List<User> allUsers() {
        return users.findAllByOrderByNameAsc();
    }
}
