package dev.guanxi.sales.web;

import dev.guanxi.sales.internal.LeadAssignment;
import dev.guanxi.shared.paging.Slice;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/lead-assignment-rules}: who gets new web-form leads; managers and administrators maintain them. */
@RestController
@RequestMapping("/api/v1/lead-assignment-rules")
@Tag(name = "Leads")
class LeadRuleApi {

    private final LeadAssignment assignment;

    LeadRuleApi(LeadAssignment assignment) {
        this.assignment = assignment;
    }

    @GetMapping
    @Operation(summary = "The rules in the order they are tried")
    Slice<LeadAssignment.Rule> list() {
        return new Slice<>(assignment.rules(), null);
    }

    record NewRule(String matchField, String matchValue, UUID userId, UUID teamId) {
    }

    @PostMapping
    @Operation(summary = "Add a rule at the end", description = "matchField: any, region, industry or source; "
            + "exactly one of userId and teamId (a team's active members take turns).")
    ResponseEntity<LeadAssignment.Rule> add(@RequestBody NewRule rule) {
        UUID id = assignment.addRule(rule.matchField(), rule.matchValue(), rule.userId(), rule.teamId());
        LeadAssignment.Rule created = assignment.rules().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
        return ResponseEntity.created(java.net.URI.create("/api/v1/lead-assignment-rules/" + id)).body(created);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> remove(@PathVariable UUID id) {
        assignment.removeRule(id);
        return ResponseEntity.noContent().build();
    }
}
