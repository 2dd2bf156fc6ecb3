package dev.guanxi.activity.web;

import dev.guanxi.activity.internal.Activity;
import dev.guanxi.activity.internal.ActivityCompletion;
import dev.guanxi.activity.internal.ActivityEditing;
import dev.guanxi.activity.internal.ActivityForm;
import dev.guanxi.activity.internal.ActivityQueries;
import dev.guanxi.activity.internal.ActivityRow;
import dev.guanxi.identity.CurrentUser;
import dev.guanxi.shared.forms.FormValidator;
import dev.guanxi.shared.paging.PageRequest;
import dev.guanxi.shared.paging.Slice;
import dev.guanxi.shared.paging.Sort;
import dev.guanxi.shared.problem.NotFoundException;
import dev.guanxi.shared.web.ETags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** {@code /api/v1/activities}: plan, record, complete, reschedule and cancel activities. */
@RestController
@RequestMapping("/api/v1/activities")
@Tag(name = "Activities")
class ActivityApi {

    private final ActivityQueries queries;
    private final ActivityEditing editing;
    private final ActivityCompletion completion;
    private final ActivityFilterParameters filters;
    private final FormValidator forms;

    ActivityApi(ActivityQueries queries, ActivityEditing editing, ActivityCompletion completion,
                ActivityFilterParameters filters, FormValidator forms) {
        this.queries = queries;
        this.editing = editing;
        this.completion = completion;
        this.filters = filters;
        this.forms = forms;
    }

    @GetMapping
    @Operation(summary = "List activities", description = "view=pending|overdue|done|cancelled|all; q, type, ownerId (or 'me'), "
            + "departmentId (or 'mine'), accountId, contactId, opportunityId, leadId, from, to (dates or instants). "
            + "Sort: when (default), updatedAt.")
    Slice<ActivityView> list(@RequestParam Map<String, String> params) {
        PageRequest page = PageRequest.of(params.get("limit") == null ? null : parseLimit(params.get("limit")),
                params.get("cursor"), Sort.parse(params.get("sort"), ActivityQueries.SORTS, ActivityQueries.DEFAULT_SORT));
        Slice<ActivityRow> rows = queries.list(filters.parse(params), page, CurrentUser.require().scope());
        return withParticipants(rows);
    }

    @GetMapping("/{id}")
    ResponseEntity<ActivityView> get(@PathVariable UUID id) {
        ActivityRow row = queries.findReadable(id, CurrentUser.require().scope()).orElseThrow(NotFoundException::new);
        return ETags.ok(ActivityView.of(row, queries.participantsOf(List.of(id)).getOrDefault(id, List.of())), row.version());
    }

    @PostMapping
    @Operation(summary = "Plan or record an activity", description = "With recurrence {frequency: daily|weekly|monthly, "
            + "interval, until or occurrences (at most 366)} every occurrence is created; the first is returned.")
    ResponseEntity<ActivityView> create(@RequestBody JsonNode body) {
        Activity activity = editing.create(forms.patch(new ActivityForm(), body));
        ResponseEntity<ActivityView> created = get(activity.getId());
        return ETags.created("/api/v1/activities/" + activity.getId(), created.getBody(), created.getBody().version());
    }

    @PatchMapping("/{id}")
    ResponseEntity<ActivityView> update(@PathVariable UUID id, @RequestBody JsonNode body,
                                        @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Long expected = ETags.expectedVersion(ifMatch);
        ActivityForm form = editing.formOf(id);
        form.setRecurrence(null);
        editing.update(id, forms.patch(form, body), expected);
        return get(id);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        editing.delete(id);
        return ResponseEntity.noContent().build();
    }

    record Complete(String result, String evaluation, OffsetDateTime actualStart, OffsetDateTime actualEnd,
                    JsonNode followUp) {
    }

    @PostMapping("/{id}/complete")
    @Operation(summary = "Mark done with the result", description = "actualStart/actualEnd default to the plan (or now); "
            + "followUp: an activity (as for POST) planned at once with the same links.")
    ResponseEntity<ActivityView> complete(@PathVariable UUID id, @RequestBody Complete request,
                                          @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        ActivityForm followUp = request.followUp() == null || request.followUp().isNull() ? null
                : forms.patch(new ActivityForm(), request.followUp());
        completion.complete(id, new ActivityCompletion.Completion(request.result(), request.evaluation(),
                request.actualStart(), request.actualEnd(), followUp), ETags.expectedVersion(ifMatch));
        return get(id);
    }

    record Reschedule(OffsetDateTime plannedStart, OffsetDateTime plannedEnd) {
    }

    @PostMapping("/{id}/reschedule")
    @Operation(summary = "Move a planned activity", description = "Keeps its length unless plannedEnd is given.")
    ResponseEntity<ActivityView> reschedule(@PathVariable UUID id, @RequestBody Reschedule request,
                                            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        editing.reschedule(id, request.plannedStart(), request.plannedEnd(), ETags.expectedVersion(ifMatch));
        return get(id);
    }

    @PostMapping("/{id}/cancel")
    ResponseEntity<ActivityView> cancel(@PathVariable UUID id,
                                        @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        editing.cancel(id, ETags.expectedVersion(ifMatch));
        return get(id);
    }

    private Slice<ActivityView> withParticipants(Slice<ActivityRow> rows) {
        Map<UUID, List<dev.guanxi.activity.internal.ActivityParticipantView>> people =
                queries.participantsOf(rows.items().stream().map(ActivityRow::id).toList());
        return rows.map(row -> ActivityView.of(row, people.getOrDefault(row.id(), List.of())));
    }

    private static Integer parseLimit(String value) {
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new dev.guanxi.shared.problem.BadRequestException("problem.filter.invalid", "limit");
        }
    }
}
