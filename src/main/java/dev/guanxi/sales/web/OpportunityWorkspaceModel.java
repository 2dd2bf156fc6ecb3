package dev.guanxi.sales.web;

import dev.guanxi.identity.UserDirectory;
import dev.guanxi.sales.RecordTimeline;
import dev.guanxi.sales.internal.BuyingCommittee;
import dev.guanxi.sales.internal.Competitors;
import dev.guanxi.sales.internal.OpportunityAttachments;
import dev.guanxi.sales.internal.OpportunityChecklist;
import dev.guanxi.sales.internal.OpportunityTeam;
import dev.guanxi.sales.internal.SalesProcesses;
import dev.guanxi.sales.internal.StageHistory;
import dev.guanxi.shared.files.Attachment;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The opportunity page's working sections: buying committee, competitors, timeline, team, checklist, files. */
@Component
class OpportunityWorkspaceModel {

    private static final int TIMELINE_LIMIT = 50;

    private final OpportunityTeam team;
    private final OpportunityChecklist checklist;
    private final OpportunityAttachments attachments;
    private final UserDirectory users;
    private final BuyingCommittee committee;
    private final Competitors competitors;
    private final StageHistory stageHistory;
    private final SalesProcesses processes;
    private final List<RecordTimeline> contributors;

    OpportunityWorkspaceModel(OpportunityTeam team, OpportunityChecklist checklist, OpportunityAttachments attachments,
                              UserDirectory users, BuyingCommittee committee, Competitors competitors,
                              StageHistory stageHistory, SalesProcesses processes, List<RecordTimeline> contributors) {
        this.team = team;
        this.checklist = checklist;
        this.attachments = attachments;
        this.users = users;
        this.committee = committee;
        this.competitors = competitors;
        this.stageHistory = stageHistory;
        this.processes = processes;
        this.contributors = contributors;
    }

    void addTo(Model model, UUID opportunityId, boolean mayEdit) {
        List<BuyingCommittee.Member> members = committee.of(opportunityId);
        List<StageHistory.Change> changes = stageHistory.of(opportunityId);
        OpportunityChecklist.Checklist steps = checklist.of(opportunityId);
        List<Attachment> files = attachments.of(opportunityId);
        Set<UUID> people = new HashSet<>();
        changes.stream().map(StageHistory.Change::changedBy).filter(Objects::nonNull).forEach(people::add);
        files.stream().map(Attachment::createdBy).filter(Objects::nonNull).forEach(people::add);

        model.addAttribute("opportunityId", opportunityId);
        model.addAttribute("members", members);
        model.addAttribute("coverage", committee.warnings(List.of(opportunityId)).get(opportunityId));
        model.addAttribute("analyses", competitors.of(opportunityId));
        model.addAttribute("team", team.of(opportunityId));
        model.addAttribute("checklist", steps);
        model.addAttribute("files", files);
        model.addAttribute("timeline", OpportunityTimeline.of(changes, members, steps, files, processes.allStages(),
                users.findAll(people), LocaleContextHolder.getLocale(), contributors.stream()
                        .flatMap(c -> c.entriesFor(RecordTimeline.Kind.OPPORTUNITY, opportunityId, TIMELINE_LIMIT).stream())
                        .toList()));
        if (mayEdit) {
            model.addAttribute("colleagues", users.activeUsers());
        }
    }
}
