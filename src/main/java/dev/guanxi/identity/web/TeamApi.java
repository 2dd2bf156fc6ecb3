package dev.guanxi.identity.web;

import dev.guanxi.identity.internal.Team;
import dev.guanxi.identity.internal.TeamAdministration;
import dev.guanxi.identity.internal.UserLookup;
import dev.guanxi.shared.paging.Slice;
import dev.guanxi.shared.problem.ValidationException;
import dev.guanxi.shared.web.ETags;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/teams")
@Tag(name = "Teams")
class TeamApi {

    private final UserLookup lookup;
    private final TeamAdministration administration;

    TeamApi(UserLookup lookup, TeamAdministration administration) {
        this.lookup = lookup;
        this.administration = administration;
    }

    record TeamView(UUID id, long version, String name, UUID departmentId, UUID leaderId, List<UUID> memberIds,
                    Instant createdAt, Instant updatedAt) {
        static TeamView of(Team t) {
            return new TeamView(t.getId(), t.getVersion(), t.getName(), t.getDepartmentId(), t.getLeaderId(),
                    t.getMemberIds().stream().sorted().toList(), t.getCreatedAt(), t.getUpdatedAt());
        }
    }

    @GetMapping
    Slice<TeamView> list() {
        return new Slice<>(lookup.teams().stream().map(TeamView::of).toList(), null);
    }

    @GetMapping("/{id}")
    ResponseEntity<TeamView> get(@PathVariable UUID id) {
        Team team = lookup.requireTeam(id);
        return ETags.ok(TeamView.of(team), team.getVersion());
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<TeamView> create(@RequestBody JsonNode body) {
        Team team = administration.save(null, DepartmentApi.text(body, "name"), DepartmentApi.uuid(body, "departmentId"),
                DepartmentApi.uuid(body, "leaderId"), members(body), null);
        return ETags.created("/api/v1/teams/" + team.getId(), TeamView.of(team), team.getVersion());
    }

    @PatchMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<TeamView> update(@PathVariable UUID id, @RequestBody JsonNode body,
                                    @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Team current = lookup.requireTeam(id);
        Team team = administration.save(id,
                body.has("name") ? DepartmentApi.text(body, "name") : current.getName(),
                body.has("departmentId") ? DepartmentApi.uuid(body, "departmentId") : current.getDepartmentId(),
                body.has("leaderId") ? DepartmentApi.uuid(body, "leaderId") : current.getLeaderId(),
                body.has("memberIds") ? members(body) : current.getMemberIds(),
                ETags.expectedVersion(ifMatch));
        return ETags.ok(TeamView.of(team), team.getVersion());
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        administration.delete(id);
        return ResponseEntity.noContent().build();
    }

    private static Set<UUID> members(JsonNode body) {
        JsonNode members = body.get("memberIds");
        Set<UUID> ids = new HashSet<>();
        if (members == null || members.isNull()) {
            return ids;
        }
        if (!members.isArray()) {
            throw ValidationException.of("memberIds", "validation.type");
        }
        for (JsonNode member : members) {
            try {
                ids.add(UUID.fromString(member.asString()));
            } catch (IllegalArgumentException e) {
                throw ValidationException.of("memberIds", "validation.reference-unknown");
            }
        }
        return ids;
    }
}
