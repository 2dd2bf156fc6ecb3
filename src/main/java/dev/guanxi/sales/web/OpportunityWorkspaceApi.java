package dev.guanxi.sales.web;

import dev.guanxi.sales.internal.OpportunityAttachments;
import dev.guanxi.sales.internal.OpportunityChecklist;
import dev.guanxi.sales.internal.OpportunityTeam;
import dev.guanxi.shared.files.Attachment;
import dev.guanxi.shared.files.Downloads;
import dev.guanxi.shared.problem.ValidationException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** A deal's team, its process checklist and its files: {@code /api/v1/opportunities/{id}/team|checklist|attachments}. */
@RestController
@RequestMapping("/api/v1/opportunities/{id}")
@Tag(name = "Opportunities")
class OpportunityWorkspaceApi {

    private final OpportunityTeam team;
    private final OpportunityChecklist checklist;
    private final OpportunityAttachments attachments;

    OpportunityWorkspaceApi(OpportunityTeam team, OpportunityChecklist checklist, OpportunityAttachments attachments) {
        this.team = team;
        this.checklist = checklist;
        this.attachments = attachments;
    }

    @GetMapping("/team")
    List<OpportunityTeam.Member> team(@PathVariable UUID id) {
        return team.of(id);
    }

    record NewMember(UUID userId, String role) {
    }

    @PostMapping("/team")
    @Operation(summary = "Add a colleague to the deal's team", description = "Members may open the deal; 409 if already on it.")
    ResponseEntity<List<OpportunityTeam.Member>> addMember(@PathVariable UUID id, @RequestBody NewMember member) {
        team.add(id, member.userId(), member.role());
        return ResponseEntity.status(201).body(team.of(id));
    }

    @DeleteMapping("/team/{userId}")
    ResponseEntity<Void> removeMember(@PathVariable UUID id, @PathVariable UUID userId) {
        team.remove(id, userId);
        return ResponseEntity.noContent().build();
    }

    record StepView(UUID itemId, String stage, String textEn, String textZh, boolean done, Instant doneAt, String doneBy) {
        static StepView of(OpportunityChecklist.Step step) {
            return new StepView(step.itemId(), step.stageCode(), step.textEn(), step.textZh(), step.done(), step.doneAt(),
                    step.doneByName());
        }
    }

    @GetMapping("/checklist")
    @Operation(summary = "The steps of the deal's sales process template and which are done")
    List<StepView> checklist(@PathVariable UUID id) {
        return checklist.of(id).steps().stream().map(StepView::of).toList();
    }

    @PutMapping("/checklist/{itemId}")
    @Operation(summary = "Tick a step as done")
    List<StepView> tick(@PathVariable UUID id, @PathVariable UUID itemId) {
        checklist.mark(id, itemId, true);
        return checklist(id);
    }

    @DeleteMapping("/checklist/{itemId}")
    @Operation(summary = "Untick a step")
    List<StepView> untick(@PathVariable UUID id, @PathVariable UUID itemId) {
        checklist.mark(id, itemId, false);
        return checklist(id);
    }

    @GetMapping("/attachments")
    List<Attachment> attachments(@PathVariable UUID id) {
        return attachments.of(id);
    }

    @PostMapping(path = "/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a file (multipart field 'file', at most 20 MB)")
    ResponseEntity<Attachment> upload(@PathVariable UUID id, @RequestParam(name = "file", required = false) MultipartFile file)
            throws IOException {
        if (file == null) {
            throw ValidationException.of("file", "validation.required");
        }
        Attachment stored = attachments.add(id, file.getOriginalFilename(), file.getContentType(), file.getInputStream());
        return ResponseEntity.created(URI.create("/api/v1/opportunities/" + id + "/attachments/" + stored.id())).body(stored);
    }

    @GetMapping("/attachments/{attachmentId}")
    @Operation(summary = "Download a file (always as an attachment)")
    ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID attachmentId) {
        return Downloads.of(attachments.download(id, attachmentId));
    }

    @DeleteMapping("/attachments/{attachmentId}")
    ResponseEntity<Void> removeAttachment(@PathVariable UUID id, @PathVariable UUID attachmentId) {
        attachments.remove(id, attachmentId);
        return ResponseEntity.noContent().build();
    }
}
