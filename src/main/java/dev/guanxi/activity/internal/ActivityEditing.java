package dev.guanxi.activity.internal;

import dev.guanxi.identity.CurrentUser;
import dev.guanxi.identity.UserDirectory;
import dev.guanxi.identity.UserSummary;
import dev.guanxi.shared.forms.FormValidator;
import dev.guanxi.shared.forms.FormValues;
import dev.guanxi.shared.problem.ConflictException;
import dev.guanxi.shared.problem.ForbiddenException;
import dev.guanxi.shared.problem.GuanxiException.FieldProblem;
import dev.guanxi.shared.problem.ValidationException;
import dev.guanxi.shared.values.Currencies;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Planning and recording activities: a new activity is the user's own unless they may assign it to
 * someone else; a recurring one becomes a series of occurrences at once. Every link must be a record
 * the user can see; nothing is saved when anything is wrong.
 */
@Service
public class ActivityEditing {

    private final ActivityRepository activities;
    private final ActivityAccess access;
    private final ActivityLinks links;
    private final ActivityParticipants participants;
    private final ActivitySeriesStore series;
    private final FormValidator validator;
    private final UserDirectory users;

    ActivityEditing(ActivityRepository activities, ActivityAccess access, ActivityLinks links,
                    ActivityParticipants participants, ActivitySeriesStore series, FormValidator validator,
                    UserDirectory users) {
        this.activities = activities;
        this.access = access;
        this.links = links;
        this.participants = participants;
        this.series = series;
        this.validator = validator;
        this.users = users;
    }

    /** Creates the activity (or every occurrence of a recurring one) and returns the first. */
    @Transactional
    public Activity create(ActivityForm form) {
        Activity activity = new Activity(ActivityType.TODO, null);
        List<FieldProblem> problems = new ArrayList<>();
        Recurrence recurrence = recurrence(form, problems);
        apply(form, activity, problems);
        UUID owner = form.getOwnerId() == null ? CurrentUser.require().id() : form.getOwnerId();
        assign(activity, owner, form.getOwnerId() != null && !owner.equals(CurrentUser.require().id()));
        Activity first = activities.saveAndFlush(activity);
        participants.replace(first.getId(), form.getParticipantUserIds(), form.getParticipantContactIds());
        if (recurrence != null) {
            series.createOccurrences(first, recurrence, form);
        }
        if (first.getStatus() == ActivityStatus.DONE) {
            links.touchDeal(first.getOpportunityId(), doneAt(first));
        }
        return first;
    }

    @Transactional(readOnly = true)
    public Activity current(UUID id) {
        return access.readable(id);
    }

    @Transactional(readOnly = true)
    public boolean mayEdit(UUID id) {
        return access.mayEdit(access.readable(id));
    }

    @Transactional(readOnly = true)
    public ActivityForm formOf(UUID id) {
        Activity activity = access.readable(id);
        List<ActivityParticipantView> people = participants.of(id);
        return ActivityForm.of(activity,
                people.stream().map(ActivityParticipantView::userId).filter(Objects::nonNull).toList(),
                people.stream().map(ActivityParticipantView::contactId).filter(Objects::nonNull).toList());
    }

    @Transactional
    public Activity update(UUID id, ActivityForm form, Long expectedVersion) {
        Activity activity = access.editable(id);
        activity.requireVersion(expectedVersion);
        ActivityStatus before = activity.getStatus();
        apply(form, activity, new ArrayList<>());
        if (!Objects.equals(form.getOwnerId(), activity.getOwnerId()) && form.getOwnerId() != null) {
            if (!CurrentUser.require().mayAssign()) {
                throw new ForbiddenException("problem.account.assign-denied");
            }
            assign(activity, form.getOwnerId(), true);
        }
        Activity saved = activities.saveAndFlush(activity);
        participants.replace(id, form.getParticipantUserIds(), form.getParticipantContactIds());
        if (before != ActivityStatus.DONE && saved.getStatus() == ActivityStatus.DONE) {
            links.touchDeal(saved.getOpportunityId(), doneAt(saved));
        }
        return saved;
    }

    /** Moves a planned activity (the calendar's drag): same length unless an end is given. */
    @Transactional
    public Activity reschedule(UUID id, OffsetDateTime start, OffsetDateTime end, Long expectedVersion) {
        Activity activity = access.editable(id);
        activity.requireVersion(expectedVersion);
        if (!activity.getStatus().isOpen()) {
            throw new ConflictException("problem.activity.not-open");
        }
        if (start == null) {
            throw ValidationException.of("plannedStart", "validation.required");
        }
        Instant newStart = start.toInstant();
        Instant newEnd = end != null ? end.toInstant() : activity.getPlannedEnd() == null ? null
                : newStart.plus(java.time.Duration.between(activity.getPlannedStart(), activity.getPlannedEnd()));
        if (newEnd != null && newEnd.isBefore(newStart)) {
            throw ValidationException.of("plannedEnd", "validation.end-before-start");
        }
        activity.schedule(newStart, newEnd, activity.isAllDay());
        return activities.saveAndFlush(activity);
    }

    @Transactional
    public Activity cancel(UUID id, Long expectedVersion) {
        Activity activity = access.editable(id);
        activity.requireVersion(expectedVersion);
        if (activity.getStatus() == ActivityStatus.DONE) {
            throw new ConflictException("problem.activity.done");
        }
        activity.setStatus(ActivityStatus.CANCELLED);
        return activities.saveAndFlush(activity);
    }

    @Transactional
    public void delete(UUID id) {
        access.editable(id).markDeleted(CurrentUser.require().id());
    }

    @Transactional
    public void restore(UUID id) {
        Activity activity = access.deletedReadable(id);
        access.requireEditable(activity);
        activity.restore();
    }

    private void apply(ActivityForm form, Activity activity, List<FieldProblem> problems) {
        validator.validate(form);
        ActivityType type = FormValues.code(ActivityType.class, form.getType(), "type", problems);
        ActivityPriority priority = FormValues.code(ActivityPriority.class, form.getPriority(), "priority", problems);
        ActivityStatus status = FormValues.code(ActivityStatus.class, form.getStatus(), "status", problems);
        Evaluation evaluation = FormValues.code(Evaluation.class, form.getEvaluation(), "evaluation", problems);
        Instant start = instant(form.getPlannedStart());
        Instant end = instant(form.getPlannedEnd());
        if (type == null && !problems.stream().anyMatch(p -> p.field().equals("type"))) {
            problems.add(new FieldProblem("type", "validation.required"));
        }
        if (end != null && start == null) {
            problems.add(new FieldProblem("plannedStart", "validation.required"));
        } else if (end != null && end.isBefore(start)) {
            problems.add(new FieldProblem("plannedEnd", "validation.end-before-start"));
        }
        Instant actualStart = instant(form.getActualStart());
        Instant actualEnd = instant(form.getActualEnd());
        if (actualStart != null && actualEnd != null && actualEnd.isBefore(actualStart)) {
            problems.add(new FieldProblem("actualEnd", "validation.end-before-start"));
        }
        if (form.getReminderMinutes() != null) {
            boolean timesChanged = !Objects.equals(start, activity.getPlannedStart())
                    || !Objects.equals(form.getReminderMinutes(), activity.getReminderMinutes());
            if (start == null) {
                problems.add(new FieldProblem("reminderMinutes", "validation.reminder-needs-start"));
            } else if (timesChanged && start.minusSeconds(60L * form.getReminderMinutes()).isBefore(Instant.now())
                    && (status == null || status.isOpen())) {
                problems.add(new FieldProblem("reminderMinutes", "validation.reminder-in-past"));
            }
        }
        if (!Currencies.isKnown(form.getCurrency())) {
            problems.add(new FieldProblem("currency", "validation.currency"));
        }
        String externalId = FormValues.blank(form.getExternalId());
        if (externalId != null && !externalId.equals(activity.getExternalId())
                && activities.findByExternalId(externalId).filter(o -> !o.getId().equals(activity.getId())).isPresent()) {
            problems.add(new FieldProblem("externalId", "validation.external-id-taken"));
        }
        ActivityLinks.Links linked = links.resolve(form, activity.getSubject() == null ? null : activity, problems);
        List<UUID> currentContacts = activity.getSubject() == null ? List.of() : participants.of(activity.getId()).stream()
                .map(ActivityParticipantView::contactId).filter(Objects::nonNull).toList();
        participants.check(form.getParticipantUserIds(), form.getParticipantContactIds(), currentContacts, problems);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        activity.setExternalId(externalId);
        activity.setType(type);
        activity.setSubject(form.getSubject().strip());
        activity.setDescription(FormValues.blank(form.getDescription()));
        activity.setPriority(priority == null ? ActivityPriority.NORMAL : priority);
        activity.setStatus(status == null ? ActivityStatus.PLANNED : status);
        activity.setAccountId(linked.accountId());
        activity.setContactId(linked.contactId());
        activity.setOpportunityId(linked.opportunityId());
        activity.setLeadId(linked.leadId());
        activity.schedule(start, end, form.isAllDay());
        activity.setLocation(FormValues.blank(form.getLocation()));
        activity.record(actualStart, actualEnd);
        activity.setCost(form.getCost());
        activity.setCurrency(form.getCurrency());
        activity.setResult(FormValues.blank(form.getResult()));
        activity.setEvaluation(evaluation);
        activity.setReminderMinutes(form.getReminderMinutes());
    }

    private Recurrence recurrence(ActivityForm form, List<FieldProblem> problems) {
        ActivityForm.RecurrenceForm given = form.getRecurrence();
        if (given == null || given.isEmpty()) {
            return null;
        }
        Frequency frequency = FormValues.code(Frequency.class, given.getFrequency(), "recurrence.frequency", problems);
        if (form.getPlannedStart() == null) {
            problems.add(new FieldProblem("plannedStart", "validation.recurrence-needs-start"));
        }
        if (frequency == null || form.getPlannedStart() == null) {
            throw new ValidationException(problems);
        }
        return new Recurrence(frequency, given.getInterval() == null ? 1 : given.getInterval(), given.getUntil(),
                given.getOccurrences());
    }

    private void assign(Activity activity, UUID ownerId, boolean explicit) {
        UserSummary owner = users.find(ownerId).filter(UserSummary::active)
                .orElseThrow(() -> ValidationException.of("ownerId", "validation.reference-unknown"));
        if (explicit && !users.mayAssignTo(ownerId)) {
            throw new ForbiddenException("problem.account.assign-denied");
        }
        activity.assignTo(ownerId, owner.departmentId());
    }

    private static Instant doneAt(Activity activity) {
        return activity.getActualEnd() != null ? activity.getActualEnd() : Instant.now();
    }

    static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
