package dev.guanxi.activity.internal;

import dev.guanxi.shared.forms.FormValues;
import dev.guanxi.shared.problem.ConflictException;
import dev.guanxi.shared.problem.GuanxiException.FieldProblem;
import dev.guanxi.shared.problem.ValidationException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording what came of an activity (活动结果): done, when it really happened (the plan, or now, unless
 * given), the result and how it went — and, from the result, the follow-up activity planned at once
 * with the same links. The deal it was about counts it as activity.
 */
@Service
public class ActivityCompletion {

    private final ActivityRepository activities;
    private final ActivityAccess access;
    private final ActivityLinks links;
    private final ActivityEditing editing;

    ActivityCompletion(ActivityRepository activities, ActivityAccess access, ActivityLinks links, ActivityEditing editing) {
        this.activities = activities;
        this.access = access;
        this.links = links;
        this.editing = editing;
    }

    /** What came of it: done, when, the result and how it went; optionally the next step, planned at once. */
    public record Completion(String result, String evaluation, OffsetDateTime actualStart, OffsetDateTime actualEnd,
                             ActivityForm followUp) {
    }

    @Transactional
    public Activity complete(UUID id, Completion completion, Long expectedVersion) {
        Activity activity = access.editable(id);
        activity.requireVersion(expectedVersion);
        if (activity.getStatus() == ActivityStatus.CANCELLED) {
            throw new ConflictException("problem.activity.cancelled");
        }
        List<FieldProblem> problems = new ArrayList<>();
        Evaluation evaluation = FormValues.code(Evaluation.class, completion.evaluation(), "evaluation", problems);
        String result = FormValues.blank(completion.result());
        if (result != null && result.length() > 4000) {
            problems.add(new FieldProblem("result", "validation.too-long", 4000));
        }
        Instant start = ActivityEditing.instant(completion.actualStart());
        Instant end = ActivityEditing.instant(completion.actualEnd());
        if (start == null) {
            start = activity.getPlannedStart() != null && activity.getPlannedStart().isBefore(Instant.now())
                    ? activity.getPlannedStart() : Instant.now();
        }
        if (end == null) {
            end = activity.getPlannedEnd() != null && !activity.getPlannedEnd().isBefore(start)
                    && activity.getPlannedEnd().isBefore(Instant.now()) ? activity.getPlannedEnd() : max(start, Instant.now());
        }
        if (end.isBefore(start)) {
            problems.add(new FieldProblem("actualEnd", "validation.end-before-start"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        activity.setStatus(ActivityStatus.DONE);
        activity.record(start, end);
        activity.setResult(result);
        activity.setEvaluation(evaluation);
        Activity saved = activities.saveAndFlush(activity);
        links.touchDeal(saved.getOpportunityId(), end);
        if (completion.followUp() != null) {
            ActivityForm next = completion.followUp();
            next.setAccountId(next.getAccountId() == null ? saved.getAccountId() : next.getAccountId());
            next.setContactId(next.getContactId() == null ? saved.getContactId() : next.getContactId());
            next.setOpportunityId(next.getOpportunityId() == null ? saved.getOpportunityId() : next.getOpportunityId());
            next.setLeadId(next.getLeadId() == null ? saved.getLeadId() : next.getLeadId());
            next.setStatus(ActivityStatus.PLANNED.code());
            next.setRecurrence(null);
            Activity followUp = editing.create(next);
            followUp.followsUp(saved.getId());
            activities.saveAndFlush(followUp);
        }
        return saved;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
