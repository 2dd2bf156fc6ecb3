package dev.guanxi.imports.web;

import dev.guanxi.identity.CurrentUser;
import dev.guanxi.imports.DuplicateMode;
import dev.guanxi.imports.FieldType;
import dev.guanxi.imports.ImportField;
import dev.guanxi.imports.ImportTarget;
import dev.guanxi.imports.internal.FileEncodings;
import dev.guanxi.imports.internal.ImportJob;
import dev.guanxi.imports.internal.ImportMapping;
import dev.guanxi.imports.internal.ImportMapping.UnresolvedReference;
import dev.guanxi.imports.internal.ImportPlan;
import dev.guanxi.imports.internal.ImportRejects;
import dev.guanxi.imports.internal.ImportTargets;
import dev.guanxi.imports.internal.Imports;
import dev.guanxi.imports.internal.MappingTemplates;
import dev.guanxi.imports.internal.ValueAnalysis;
import dev.guanxi.imports.internal.values.DateParsing.DateOrder;
import dev.guanxi.shared.problem.GuanxiException;
import dev.guanxi.shared.web.Flash;
import dev.guanxi.web.NavigationItem;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The import wizard (数据导入): upload a file, map its columns, map the values of enumerated and
 * reference columns, preview the whole file, then import it and follow it. Any signed-in user may
 * import; each record goes through the target's permission rules, and a job is seen only by its creator
 * (and administrators), as {@link Imports} enforces.
 */
@Controller
class ImportPagesController {

    static final int REJECTS_SHOWN = 20;

    private final Imports imports;
    private final ImportTargets targets;
    private final ImportRejects rejects;
    private final ValueAnalysis valueAnalysis;
    private final MappingTemplates templates;
    private final MessageSource messages;

    ImportPagesController(Imports imports, ImportTargets targets, ImportRejects rejects, ValueAnalysis valueAnalysis,
                          MappingTemplates templates, MessageSource messages) {
        this.imports = imports;
        this.targets = targets;
        this.rejects = rejects;
        this.valueAnalysis = valueAnalysis;
        this.templates = templates;
        this.messages = messages;
    }

    // ---- 1. upload ---------------------------------------------------------------------------------

    @GetMapping("/imports")
    String list(@RequestParam(required = false) String entity, Model model) {
        return uploadPage(model, entity, List.of());
    }

    @PostMapping("/imports")
    String upload(@RequestParam(required = false) String entity, @RequestParam(required = false) MultipartFile file,
                  @RequestParam(required = false) String charset, Model model) throws IOException {
        if (file == null || file.isEmpty()) {
            return uploadPage(model, entity, List.of(text("validation.file-empty")));
        }
        try (InputStream content = file.getInputStream()) {
            UUID id = imports.upload(entity, file.getOriginalFilename(), content, null, FileEncodings.parse(charset));
            return "redirect:/imports/" + id + "/mapping";
        } catch (GuanxiException e) {
            return uploadPage(model, entity, texts(e, null));
        }
    }

    private String uploadPage(Model model, String entity, List<String> errors) {
        model.addAttribute("targets", targets.availableTo(CurrentUser.require()));
        model.addAttribute("entity", entity == null ? "contacts" : entity);
        model.addAttribute("jobs", imports.recent());
        model.addAttribute("labels", entityLabels());
        model.addAttribute("errors", errors);
        return "imports/list";
    }

    // ---- 2. columns --------------------------------------------------------------------------------

    @GetMapping("/imports/{id}/mapping")
    String mapping(@PathVariable UUID id, Model model) {
        ImportJob job = imports.job(id);
        return mappingPage(model, job, job.mapping(), List.of(), null);
    }

    @PostMapping("/imports/{id}/mapping")
    String map(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
               RedirectAttributes redirect) throws IOException {
        ImportJob job = imports.job(id);
        ImportTarget target = targets.require(job.entity());
        ImportMapping chosen = mappingOf(form, job);
        if ("apply-template".equals(form.getFirst("action"))) {
            return applyTemplate(model, job, form.getFirst("template"));
        }
        try {
            imports.map(id, chosen);
        } catch (GuanxiException e) {
            return mappingPage(model, job, chosen, texts(e, target), null);
        }
        String templateName = form.getFirst("templateName");
        if (templateName != null && !templateName.isBlank()) {
            try {
                templates.save(CurrentUser.require().id(), job.entity(), templateName, chosen);
                Flash.success(redirect, "import.template.saved", templateName.strip());
            } catch (GuanxiException e) {
                return mappingPage(model, job, chosen, texts(e, target), null);
            }
        }
        if (needsValues(target, chosen)) {
            return "redirect:/imports/" + id + "/values";
        }
        return preview(id, redirect);
    }

    private String applyTemplate(Model model, ImportJob job, String templateId) {
        UUID templateUuid;
        try {
            templateUuid = templateId == null || templateId.isBlank() ? null : UUID.fromString(templateId);
        } catch (IllegalArgumentException e) {
            templateUuid = null;
        }
        ImportMapping template = templateUuid == null ? null
                : templates.find(templateUuid, CurrentUser.require().id(), job.entity()).orElse(null);
        if (template == null) {
            return mappingPage(model, job, job.mapping(), List.of(text("import.template.not-found")), null);
        }
        // a template made from another file keeps only the columns this file has
        Map<String, String> columns = new LinkedHashMap<>();
        template.columns().forEach((column, field) -> {
            if (job.headers().contains(column)) {
                columns.put(column, field);
            }
        });
        return mappingPage(model, job, template.withColumns(columns), List.of(), templateUuid);
    }

    private String mappingPage(Model model, ImportJob job, ImportMapping mapping, List<String> errors, UUID appliedTemplate) {
        ImportTarget target = targets.require(job.entity());
        ImportMapping shown = mapping == null ? new ImportMapping(null, null, null, null, null, null) : mapping;
        List<ColumnRow> columns = new ArrayList<>();
        for (int i = 0; i < job.headers().size(); i++) {
            String header = job.headers().get(i);
            List<String> samples = new ArrayList<>();
            for (List<String> row : job.sample()) {
                if (i < row.size() && !row.get(i).isBlank() && !samples.contains(row.get(i).strip()) && samples.size() < 3) {
                    samples.add(row.get(i).strip());
                }
            }
            columns.add(new ColumnRow(i, header, samples, shown.columns().get(header)));
        }
        List<String> matchOn = shown.matchOn().isEmpty() ? target.matchFields() : shown.matchOn();
        model.addAttribute("job", job);
        model.addAttribute("target", target);
        model.addAttribute("entityLabel", label(target.labelKey()));
        model.addAttribute("columns", columns);
        model.addAttribute("mapping", shown);
        model.addAttribute("matchOn", matchOn);
        model.addAttribute("matchFields", target.matchFields().stream().map(f -> new Option(f, fieldLabel(target, f))).toList());
        model.addAttribute("duplicateModes", DuplicateMode.values());
        model.addAttribute("unresolvedModes", UnresolvedReference.values());
        model.addAttribute("dateOrders", DateOrder.values());
        model.addAttribute("hasReferences", target.fields().stream().anyMatch(f -> f.type() == FieldType.REFERENCE));
        model.addAttribute("templates", templates.list(CurrentUser.require().id(), job.entity()));
        model.addAttribute("appliedTemplate", appliedTemplate);
        model.addAttribute("errors", errors);
        return "imports/mapping";
    }

    /** The form's choices: {@code column-<i>} per header, match fields, the three options; value mappings kept. */
    private static ImportMapping mappingOf(MultiValueMap<String, String> form, ImportJob job) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (int i = 0; i < job.headers().size(); i++) {
            String field = form.getFirst("column-" + i);
            if (field != null && !field.isBlank()) {
                columns.put(job.headers().get(i), field);
            }
        }
        List<String> matchOn = form.getOrDefault("matchOn", List.of());
        Map<String, Map<String, String>> values = job.mapping() == null ? Map.of() : job.mapping().values();
        return new ImportMapping(columns, values, matchOn, choice(DuplicateMode.class, form.getFirst("onDuplicate")),
                choice(UnresolvedReference.class, form.getFirst("onUnresolvedReference")),
                choice(DateOrder.class, form.getFirst("dateOrder")));
    }

    private static boolean needsValues(ImportTarget target, ImportMapping mapping) {
        return target.fields().stream().filter(f -> mapping.columns().containsValue(f.name()))
                .anyMatch(f -> f.type() == FieldType.ENUM || f.type() == FieldType.REFERENCE);
    }

    // ---- 3. values ---------------------------------------------------------------------------------

    @GetMapping("/imports/{id}/values")
    String values(@PathVariable UUID id, Model model, RedirectAttributes redirect) throws IOException {
        ImportJob job = imports.job(id);
        ImportTarget target = targets.require(job.entity());
        ImportPlan plan;
        try {
            plan = ImportPlan.of(target, job.headers(), job.mapping());
        } catch (GuanxiException e) {
            return "redirect:/imports/" + id + "/mapping";
        }
        List<ValueAnalysis.FieldValues> analysed = valueAnalysis.analyse(job, plan, job.mapping(), CurrentUser.require());
        List<FieldBlock> blocks = new ArrayList<>();
        for (int i = 0; i < analysed.size(); i++) {
            blocks.add(block(i, analysed.get(i), job.mapping()));
        }
        model.addAttribute("job", job);
        model.addAttribute("entityLabel", label(target.labelKey()));
        model.addAttribute("blocks", blocks);
        model.addAttribute("unmatched", blocks.stream().mapToLong(FieldBlock::unmatched).sum());
        return "imports/values";
    }

    private FieldBlock block(int index, ValueAnalysis.FieldValues values, ImportMapping mapping) {
        ImportField field = values.field();
        boolean reference = field.type() == FieldType.REFERENCE;
        Map<String, String> optionLabels = new LinkedHashMap<>();
        field.options().forEach(o -> optionLabels.put(o.code(), label(o.labelKey())));
        List<ValueRow> rows = new ArrayList<>();
        for (ValueAnalysis.ValueInfo info : values.values()) {
            String understood = info.matched() == null ? null
                    : reference ? info.matched() : optionLabels.getOrDefault(info.matched(), info.matched());
            List<Option> suggestions = info.suggestions().stream()
                    .map(s -> new Option(s.value(), (reference ? s.label() : optionLabels.getOrDefault(s.value(), s.label()))
                            + " (" + Math.round(s.score() * 100) + "%)"))
                    .toList();
            String selected = info.mappedTo();
            if (reference && selected != null && suggestions.stream().noneMatch(o -> o.value().equals(info.mappedTo()))) {
                // the user's earlier choice stays selectable when they come back to this page
                suggestions = new ArrayList<>(suggestions);
                suggestions.add(0, new Option(selected, understood == null ? selected : understood));
            }
            if (selected == null && !reference && !suggestions.isEmpty()) {
                selected = suggestions.get(0).value();
            }
            rows.add(new ValueRow(rows.size(), info.value(), info.count(), understood,
                    info.matched() == null || info.mappedTo() != null, suggestions, selected));
        }
        // what is not understood comes first: that is what the user has to look at
        List<ValueRow> ordered = new ArrayList<>(rows.stream().filter(r -> r.understood() == null).toList());
        ordered.addAll(rows.stream().filter(r -> r.understood() != null).toList());
        List<Option> options = optionLabels.entrySet().stream().map(e -> new Option(e.getKey(), e.getValue())).toList();
        String leave;
        if (!reference) {
            leave = text("import.values.leave-enum");
        } else if (mapping.onUnresolvedReference() == UnresolvedReference.CREATE && field.reference().canCreate()) {
            leave = text("import.values.leave-create");
        } else {
            leave = text("import.values.leave-reject");
        }
        return new FieldBlock(index, field.name(), label(field.labelKey()), reference, ordered, options, leave,
                values.unmatched());
    }

    @PostMapping("/imports/{id}/values")
    String mapValues(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        ImportJob job = imports.job(id);
        Map<String, Map<String, String>> values = new LinkedHashMap<>();
        job.mapping().values().forEach((field, byValue) -> values.put(field, new LinkedHashMap<>(byValue)));
        for (int i = 0; form.containsKey("field-" + i); i++) {
            String field = form.getFirst("field-" + i);
            Map<String, String> byValue = values.computeIfAbsent(field, f -> new LinkedHashMap<>());
            for (int j = 0; form.containsKey("source-" + i + "-" + j); j++) {
                String source = form.getFirst("source-" + i + "-" + j);
                String chosen = form.getFirst("value-" + i + "-" + j);
                if (chosen == null) {
                    continue; // understood without help: nothing was asked
                }
                if (chosen.isBlank()) {
                    byValue.remove(source);
                } else {
                    byValue.put(source, chosen);
                }
            }
        }
        try {
            imports.map(id, job.mapping().withValues(values));
        } catch (GuanxiException e) {
            Flash.error(redirect, e);
            return "redirect:/imports/" + id + "/mapping";
        }
        return preview(id, redirect);
    }

    private String preview(UUID id, RedirectAttributes redirect) {
        try {
            imports.start(id, true);
        } catch (GuanxiException e) {
            Flash.error(redirect, e);
            return "redirect:/imports/" + id + "/mapping";
        }
        return "redirect:/imports/" + id;
    }

    // ---- 4. preview, run, result -------------------------------------------------------------------

    @GetMapping("/imports/{id}")
    String show(@PathVariable UUID id, Model model) {
        ImportJob job = imports.job(id);
        if (job.status() == ImportJob.Status.DRAFT) {
            return "redirect:/imports/" + id + "/mapping";
        }
        status(job, model);
        return "imports/show";
    }

    @GetMapping("/imports/{id}/progress")
    String progress(@PathVariable UUID id, Model model) {
        status(imports.job(id), model);
        return "imports/show :: status";
    }

    private void status(ImportJob job, Model model) {
        ImportTarget target = targets.require(job.entity());
        model.addAttribute("job", job);
        model.addAttribute("entityLabel", label(target.labelKey()));
        model.addAttribute("listPath", "/" + job.entity());
        model.addAttribute("owner", job.createdBy().equals(CurrentUser.require().id()));
        model.addAttribute("rejects", job.status().finished() ? rejects.first(job, REJECTS_SHOWN, LocaleContextHolder.getLocale()) : List.of());
        model.addAttribute("errorText", errorText(job.error()));
    }

    @PostMapping("/imports/{id}/start")
    String start(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            imports.start(id, false);
        } catch (GuanxiException e) {
            Flash.error(redirect, e);
        }
        return "redirect:/imports/" + id;
    }

    @PostMapping("/imports/{id}/cancel")
    String cancel(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            imports.cancel(id);
        } catch (GuanxiException e) {
            Flash.error(redirect, e);
        }
        return "redirect:/imports/" + id;
    }

    @GetMapping("/imports/{id}/errors.csv")
    void errors(@PathVariable UUID id, HttpServletResponse response) throws IOException {
        ImportJob job = imports.job(id);
        ImportDownloads.errorFile(job, response);
        rejects.writeCsv(job, LocaleContextHolder.getLocale(), response.getOutputStream());
    }

    // ---- helpers -----------------------------------------------------------------------------------

    private Map<String, String> entityLabels() {
        Map<String, String> labels = new LinkedHashMap<>();
        targets.all().forEach(t -> labels.put(t.entity(), label(t.labelKey())));
        return labels;
    }

    private String fieldLabel(ImportTarget target, String fieldName) {
        return target.fields().stream().filter(f -> f.name().equals(fieldName)).findFirst()
                .map(f -> label(f.labelKey())).orElse(fieldName);
    }

    /** A refusal's messages in the user's language, with field names shown as their labels. */
    private List<String> texts(GuanxiException e, ImportTarget target) {
        if (e.fieldProblems().isEmpty()) {
            return List.of(text(e.messageKey(), e.arguments()));
        }
        return e.fieldProblems().stream().map(p -> {
            Object[] args = p.arguments().clone();
            if (target != null && args.length > 0 && args[0] instanceof String name
                    && target.fields().stream().anyMatch(f -> f.name().equals(name))) {
                args[0] = fieldLabel(target, name);
            }
            return text(p.messageKey(), args);
        }).toList();
    }

    /** The engine stores an error either rendered or as a message key. */
    private String errorText(String error) {
        if (error == null || error.isBlank()) {
            return null;
        }
        return error.matches("import\\.[a-z.-]+") ? text(error) : error;
    }

    private String label(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    private String text(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, key, locale);
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A column of the file: its position, header, a few sample values, and the field it feeds (or null). */
    record ColumnRow(int index, String header, List<String> samples, String field) {
    }

    record Option(String value, String label) {
    }

    /** One enumerated or reference column on the values page. */
    record FieldBlock(int index, String field, String label, boolean reference, List<ValueRow> rows, List<Option> options,
                      String leaveLabel, long unmatched) {
    }

    /** A distinct value: understood as {@code understood}, or to be chosen ({@code ask}) among suggestions and options. */
    record ValueRow(int index, String value, int count, String understood, boolean ask, List<Option> suggestions,
                    String selected) {
    }

    @Configuration(proxyBeanMethods = false)
    static class Navigation {

        @Bean
        NavigationItem importsNavigation() {
            return NavigationItem.main("nav.imports", "/imports", "upload", 850);
        }
    }
}
