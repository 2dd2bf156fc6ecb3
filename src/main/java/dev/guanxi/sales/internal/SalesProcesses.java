package dev.guanxi.sales.internal;

import dev.guanxi.identity.CurrentUser;
import dev.guanxi.shared.problem.ConflictException;
import dev.guanxi.shared.problem.ForbiddenException;
import dev.guanxi.shared.problem.GuanxiException.FieldProblem;
import dev.guanxi.shared.problem.NotFoundException;
import dev.guanxi.shared.problem.ValidationException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sales processes and their stages: read by everyone, edited by administrators (add a stage, rename
 * it in both languages, reorder, set probability and maximum days in stage; more than one process).
 * Every process ends with one won and one lost stage, which closing a deal moves it to.
 */
@Service
public class SalesProcesses {

    private final SalesProcessRepository processes;
    private final SalesStageRepository stages;
    private final ChecklistItemRepository checklist;

    SalesProcesses(SalesProcessRepository processes, SalesStageRepository stages, ChecklistItemRepository checklist) {
        this.processes = processes;
        this.stages = stages;
        this.checklist = checklist;
    }

    /** A process with its active stages in order, and each stage's checklist. */
    public record ProcessView(SalesProcess process, List<SalesStage> stages, Map<UUID, List<ChecklistItem>> checklists) {

        public List<SalesStage> openStages() {
            return stages.stream().filter(SalesStage::isOpen).toList();
        }

        public SalesStage outcome(StageOutcome outcome) {
            return stages.stream().filter(s -> s.getOutcome() == outcome).findFirst().orElseThrow();
        }
    }

    @Transactional(readOnly = true)
    public List<ProcessView> all() {
        return processes.findAllByOrderByPositionAsc().stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public ProcessView process(UUID processId) {
        return view(processes.findById(processId).orElseThrow(NotFoundException::new));
    }

    @Transactional(readOnly = true)
    public ProcessView defaultProcess() {
        return view(processes.findByDefaultProcessTrue().orElseThrow());
    }

    @Transactional(readOnly = true)
    public ProcessView byCode(String code) {
        return view(processes.findByCode(code).orElseThrow(() -> ValidationException.of("processId", "validation.reference-unknown")));
    }

    @Transactional(readOnly = true)
    public SalesStage stage(UUID stageId) {
        return stages.findById(stageId).orElseThrow(NotFoundException::new);
    }

    @Transactional(readOnly = true)
    public Map<UUID, SalesStage> allStages() {
        return stages.findAll().stream().collect(Collectors.toMap(SalesStage::getId, s -> s));
    }

    @Transactional
    public SalesStage addStage(UUID processId, String code, String nameEn, String nameZh, int probability, Integer maxDays) {
        requireAdministrator();
        ProcessView process = process(processId);
        checkStage(nameEn, nameZh, probability, maxDays);
        if (code == null || !code.matches("[a-z0-9_]{1,40}")) {
            throw ValidationException.of("code", "validation.stage-code");
        }
        if (stages.findByProcessIdAndCode(processId, code).isPresent()) {
            throw ValidationException.of("code", "validation.stage-code-taken");
        }
        // a new stage goes after the last open stage, before won and lost
        int position = process.openStages().stream().mapToInt(SalesStage::getPosition).max().orElse(0) + 1;
        process.stages().stream().filter(s -> !s.isOpen()).forEach(s -> s.moveTo(s.getPosition() + 1));
        return stages.save(new SalesStage(processId, code, nameEn.strip(), nameZh.strip(), probability, position, maxDays,
                StageOutcome.OPEN));
    }

    @Transactional
    public SalesStage changeStage(UUID stageId, String nameEn, String nameZh, int probability, Integer maxDays, Long version) {
        requireAdministrator();
        SalesStage stage = stage(stageId);
        stage.requireVersion(version);
        checkStage(nameEn, nameZh, probability, maxDays);
        if (!stage.isOpen() && probability != (stage.getOutcome() == StageOutcome.WON ? 100 : 0)) {
            throw ValidationException.of("probability", "validation.closed-stage-probability");
        }
        stage.change(nameEn.strip(), nameZh.strip(), probability, maxDays);
        return stage;
    }

    /** Moves an open stage one place up or down among the open stages. */
    @Transactional
    public void moveStage(UUID stageId, boolean up) {
        requireAdministrator();
        SalesStage stage = stage(stageId);
        List<SalesStage> open = new ArrayList<>(process(stage.getProcessId()).openStages());
        int index = open.indexOf(stage);
        int other = up ? index - 1 : index + 1;
        if (!stage.isOpen() || other < 0 || other >= open.size()) {
            return;
        }
        SalesStage neighbour = open.get(other);
        int position = stage.getPosition();
        stage.moveTo(neighbour.getPosition());
        neighbour.moveTo(position);
    }

    @Transactional
    public void setStageActive(UUID stageId, boolean active, long deals) {
        requireAdministrator();
        SalesStage stage = stage(stageId);
        if (!stage.isOpen()) {
            throw new ConflictException("problem.stage.closed-stage-required");
        }
        if (!active && deals > 0) {
            throw new ConflictException("problem.stage.in-use", deals);
        }
        stage.setActive(active);
    }

    @Transactional
    public SalesProcess addProcess(String code, String nameEn, String nameZh) {
        requireAdministrator();
        if (code == null || !code.matches("[a-z0-9_]{1,40}") || processes.findByCode(code).isPresent()) {
            throw ValidationException.of("code", "validation.stage-code");
        }
        checkNames(nameEn, nameZh);
        SalesProcess process = new SalesProcess(code, nameEn.strip(), nameZh.strip());
        process.setPosition(processes.findAllByOrderByPositionAsc().size());
        processes.save(process);
        stages.save(new SalesStage(process.getId(), "qualification", "Qualification", "资格确认", 20, 1, 30, StageOutcome.OPEN));
        stages.save(new SalesStage(process.getId(), "won", "Won", "成交", 100, 2, null, StageOutcome.WON));
        stages.save(new SalesStage(process.getId(), "lost", "Lost", "失败", 0, 3, null, StageOutcome.LOST));
        return process;
    }

    @Transactional
    public ChecklistItem addChecklistItem(UUID stageId, String textEn, String textZh) {
        requireAdministrator();
        stage(stageId);
        if (textEn == null || textEn.isBlank() || textZh == null || textZh.isBlank() || textEn.length() > 200 || textZh.length() > 200) {
            throw ValidationException.of("text", "validation.required");
        }
        int position = checklist.findByStageIdOrderByPositionAsc(stageId).size() + 1;
        return checklist.save(new ChecklistItem(stageId, textEn.strip(), textZh.strip(), position));
    }

    @Transactional
    public void removeChecklistItem(UUID itemId) {
        requireAdministrator();
        checklist.deleteById(itemId);
    }

    private ProcessView view(SalesProcess process) {
        List<SalesStage> ordered = stages.findByProcessIdOrderByPositionAsc(process.getId()).stream()
                .filter(SalesStage::isActive).sorted(Comparator.comparingInt(SalesStage::getPosition)).toList();
        Map<UUID, List<ChecklistItem>> items = checklist.findByStageIdInOrderByPositionAsc(
                        ordered.stream().map(SalesStage::getId).toList()).stream()
                .collect(Collectors.groupingBy(ChecklistItem::getStageId));
        return new ProcessView(process, ordered, items);
    }

    private static void checkStage(String nameEn, String nameZh, int probability, Integer maxDays) {
        List<FieldProblem> problems = new ArrayList<>();
        if (probability < 0 || probability > 100) {
            problems.add(new FieldProblem("probability", "validation.range", 0, 100));
        }
        if (maxDays != null && (maxDays < 1 || maxDays > 3650)) {
            problems.add(new FieldProblem("maxDays", "validation.range", 1, 3650));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        checkNames(nameEn, nameZh);
    }

    private static void checkNames(String nameEn, String nameZh) {
        if (nameEn == null || nameEn.isBlank() || nameEn.length() > 100) {
            throw ValidationException.of("nameEn", "validation.required");
        }
        if (nameZh == null || nameZh.isBlank() || nameZh.length() > 100) {
            throw ValidationException.of("nameZh", "validation.required");
        }
    }

    private static void requireAdministrator() {
        if (!CurrentUser.require().isAdmin()) {
            throw new ForbiddenException("problem.admin-only");
        }
    }
}
