package dev.guanxi.sales.web;

import dev.guanxi.sales.internal.BuyingCommittee;
import dev.guanxi.sales.internal.Competitors;
import dev.guanxi.sales.internal.OpportunityAttachments;
import dev.guanxi.sales.internal.OpportunityChecklist;
import dev.guanxi.sales.internal.OpportunityTeam;
import dev.guanxi.shared.files.Downloads;
import dev.guanxi.shared.problem.ValidationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The forms of the opportunity page's working sections: buying committee, competitors, team, checklist, files. */
@Controller
class OpportunityWorkspacePages {

    private final OpportunityTeam team;
    private final OpportunityChecklist checklist;
    private final OpportunityAttachments attachments;
    private final BuyingCommittee committee;
    private final Competitors competitors;

    OpportunityWorkspacePages(OpportunityTeam team, OpportunityChecklist checklist, OpportunityAttachments attachments,
                              BuyingCommittee committee, Competitors competitors) {
        this.team = team;
        this.checklist = checklist;
        this.attachments = attachments;
        this.committee = committee;
        this.competitors = competitors;
    }

    @PostMapping("/opportunities/{id}/team")
    String addMember(@PathVariable UUID id, @RequestParam(required = false) UUID userId,
                     @RequestParam(required = false) String role, RedirectAttributes redirect) {
        return OpportunityPagesController.act(id, redirect, () -> team.add(id, userId, role), "flash.team-member-added");
    }

    @PostMapping("/opportunities/{id}/team/{userId}/delete")
    String removeMember(@PathVariable UUID id, @PathVariable UUID userId, RedirectAttributes redirect) {
        return OpportunityPagesController.act(id, redirect, () -> team.remove(id, userId), "flash.team-member-removed");
    }

    /** Ticking a step: htmx swaps the checklist in place; without script the page reloads. */
    @PostMapping("/opportunities/{id}/checklist/{itemId}")
    String tick(@PathVariable UUID id, @PathVariable UUID itemId, @RequestParam boolean done,
                @RequestHeader(name = "HX-Request", required = false) String htmx, Model model, RedirectAttributes redirect) {
        if (htmx == null) {
            return OpportunityPagesController.act(id, redirect, () -> checklist.mark(id, itemId, done), "flash.saved");
        }
        checklist.mark(id, itemId, done);
        model.addAttribute("opportunityId", id);
        model.addAttribute("checklist", checklist.of(id));
        model.addAttribute("mayEdit", true);
        return "sales/partials/checklist :: checklist";
    }

    @PostMapping("/opportunities/{id}/attachments")
    String upload(@PathVariable UUID id, @RequestParam(name = "file", required = false) MultipartFile file,
                  RedirectAttributes redirect) {
        return OpportunityPagesController.act(id, redirect, () -> {
            if (file == null || file.isEmpty()) {
                throw ValidationException.of("file", "validation.file-empty");
            }
            try {
                attachments.add(id, file.getOriginalFilename(), file.getContentType(), file.getInputStream());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "flash.file-uploaded");
    }

    @GetMapping("/opportunities/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID attachmentId) {
        return Downloads.of(attachments.download(id, attachmentId));
    }

    @PostMapping("/opportunities/{id}/attachments/{attachmentId}/delete")
    String removeFile(@PathVariable UUID id, @PathVariable UUID attachmentId, RedirectAttributes redirect) {
        return OpportunityPagesController.act(id, redirect, () -> attachments.remove(id, attachmentId), "flash.deleted");
    }

    @PostMapping("/opportunities/{id}/contacts")
    String addCommitteeMember(@PathVariable UUID id, @RequestParam(required = false) UUID contactId, @RequestParam String influence,
                     @RequestParam(required = false) String attitude, @RequestParam(required = false) String note,
                     RedirectAttributes redirect) {
        return OpportunityPagesController.act(id, redirect, () -> committee.add(id, contactId, influence, attitude, note), "flash.member-added");
    }

    @PostMapping("/opportunities/{id}/contacts/{memberId}/delete")
    String removeCommitteeMember(@PathVariable UUID id, @PathVariable UUID memberId, RedirectAttributes redirect) {
        return OpportunityPagesController.act(id, redirect, () -> committee.remove(id, memberId), "flash.member-removed");
    }

    @PostMapping("/opportunities/{id}/competitors")
    String analyse(@PathVariable UUID id, @RequestParam(required = false) UUID competitorId,
                   @RequestParam(required = false) String strengths, @RequestParam(required = false) String weaknesses,
                   @RequestParam(required = false) String opportunities, @RequestParam(required = false) String threats,
                   @RequestParam(required = false) Integer brand, @RequestParam(required = false) Integer quality,
                   @RequestParam(required = false) Integer service, @RequestParam(required = false) Integer relationship,
                   @RequestParam(required = false) Integer functions, RedirectAttributes redirect) {
        return OpportunityPagesController.act(id, redirect, () -> competitors.analyse(id, competitorId, strengths, weaknesses, opportunities, threats,
                new Competitors.Scores(brand, quality, service, relationship, functions)), "flash.saved");
    }

    @PostMapping("/opportunities/{id}/competitors/{analysisId}/delete")
    String removeAnalysis(@PathVariable UUID id, @PathVariable UUID analysisId, RedirectAttributes redirect) {
        return OpportunityPagesController.act(id, redirect, () -> competitors.remove(id, analysisId), "flash.deleted");
    }
}
