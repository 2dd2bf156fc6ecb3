package dev.guanxi.imports.internal;

import dev.guanxi.identity.CurrentUser;
import dev.guanxi.imports.ImportTarget;
import dev.guanxi.imports.internal.ImportJob.Status;
import dev.guanxi.imports.internal.source.ReadOptions;
import dev.guanxi.imports.internal.source.RowHandler;
import dev.guanxi.imports.internal.source.SourceException;
import dev.guanxi.imports.internal.source.TabularFile;
import dev.guanxi.shared.files.FileNames;
import dev.guanxi.shared.problem.ConflictException;
import dev.guanxi.shared.problem.NotFoundException;
import dev.guanxi.shared.problem.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The import use cases: upload a file (its shape is detected and its first rows kept for the wizard),
 * set the mapping, preview (a dry run over the whole file), start, cancel, follow. A job belongs to
 * the user who uploaded it; administrators may follow anyone's.
 */
@Service
public class Imports {

    static final int SAMPLE_ROWS = 20;

    private final ImportJobs jobs;
    private final ImportFiles files;
    private final ImportTargets targets;
    private final MappingSuggestions suggestions;
    private final ImportWorker worker;

    Imports(ImportJobs jobs, ImportFiles files, ImportTargets targets, MappingSuggestions suggestions, ImportWorker worker) {
        this.jobs = jobs;
        this.files = files;
        this.targets = targets;
        this.suggestions = suggestions;
        this.worker = worker;
    }

    /** Stores the file as a draft import of {@code entity} with the suggested mapping (or {@code mapping}). */
    @Transactional
    public UUID upload(String entity, String originalName, InputStream content, ImportMapping mapping) throws IOException {
        return upload(entity, originalName, content, mapping, null);
    }

    /** The same, reading a text file in {@code charset} instead of detecting its encoding (null: detect). */
    @Transactional
    public UUID upload(String entity, String originalName, InputStream content, ImportMapping mapping, Charset charset)
            throws IOException {
        CurrentUser user = CurrentUser.require();
        ImportTarget target = targets.requireFor(entity, user);
        String fileName = FileNames.safe(originalName == null || originalName.isBlank() ? "import.csv" : originalName);
        UUID id = jobs.insert(entity, fileName, 0, "csv", null, null, List.of(), List.of(), user.id());
        long size = files.store(id, content);
        if (size == 0) {
            throw ValidationException.of("file", "validation.file-empty");
        }
        TabularFile.Detected detected;
        Sample sample = new Sample();
        try {
            detected = TabularFile.detect(() -> files.open(id), fileName, new ReadOptions(null, charset, null));
            TabularFile.read(() -> files.open(id), fileName, new ReadOptions(detected.format(), detected.charset(),
                    detected.delimiter()), sample);
        } catch (SourceException e) {
            throw ValidationException.of("file", e.messageKey(), e.args());
        }
        if (sample.headers.isEmpty()) {
            throw ValidationException.of("file", "import.source.empty");
        }
        jobs.describeFile(id, size, detected.format().name().toLowerCase(Locale.ROOT),
                detected.charset() == null ? null : detected.charset().name(),
                detected.delimiter() == null ? null : detected.delimiter().toString(), sample.headers, sample.rows);
        ImportMapping effective = mapping;
        if (mapping != null) {
            ImportPlan.of(target, sample.headers, mapping);
        } else {
            // A suggestion may miss a required field (a header nobody recognises): the user maps it in the
            // wizard, and start() refuses the job until they have, so the upload itself must not fail.
            effective = new ImportMapping(suggestions.suggest(target, sample.headers), null, null, null, null, null);
        }
        jobs.saveMapping(id, effective);
        return id;
    }

    @Transactional(readOnly = true)
    public ImportJob job(UUID id) {
        CurrentUser user = CurrentUser.require();
        return jobs.find(id).filter(job -> job.createdBy().equals(user.id()) || user.isAdmin())
                .orElseThrow(NotFoundException::new);
    }

    @Transactional(readOnly = true)
    public List<ImportJob> recent() {
        return jobs.recentOf(CurrentUser.require().id(), 20);
    }

    /** Replaces the mapping of a job that has not started (or only been previewed). */
    @Transactional
    public ImportJob map(UUID id, ImportMapping mapping) {
        ImportJob job = owned(id);
        if (job.active() || (job.status() != Status.DRAFT && !job.dryRun())) {
            throw new ConflictException("import.conflict.started");
        }
        ImportPlan.of(targets.require(job.entity()), job.headers(), mapping);
        jobs.saveMapping(id, mapping);
        return jobs.find(id).orElseThrow();
    }

    /** Queues a preview ({@code dryRun}) or the import itself; an import runs once. */
    /**
     * The API's one step: upload and queue in one transaction, so a file or mapping that cannot run
     * leaves nothing behind (the wizard instead keeps the draft for the user to finish the mapping).
     */
    @Transactional
    public ImportJob uploadAndStart(String entity, String originalName, InputStream content, ImportMapping mapping,
                                    boolean dryRun) throws IOException {
        return uploadAndStart(entity, originalName, content, mapping, null, dryRun);
    }

    @Transactional
    public ImportJob uploadAndStart(String entity, String originalName, InputStream content, ImportMapping mapping,
                                    Charset charset, boolean dryRun) throws IOException {
        return start(upload(entity, originalName, content, mapping, charset), dryRun);
    }

    @Transactional
    public ImportJob start(UUID id, boolean dryRun) {
        ImportJob job = owned(id);
        if (job.active() || (job.status() != Status.DRAFT && !job.dryRun())) {
            throw new ConflictException("import.conflict.started");
        }
        ImportPlan.of(targets.requireFor(job.entity(), CurrentUser.require()), job.headers(), job.mapping());
        jobs.queue(id, dryRun);
        pollAfterCommit();
        return jobs.find(id).orElseThrow();
    }

    @Transactional
    public ImportJob cancel(UUID id) {
        ImportJob job = owned(id);
        if (!job.active()) {
            throw new ConflictException("import.conflict.not-running");
        }
        jobs.requestCancel(id);
        return jobs.find(id).orElseThrow();
    }

    private ImportJob owned(UUID id) {
        ImportJob job = jobs.lock(id).orElseThrow(NotFoundException::new);
        if (!job.createdBy().equals(CurrentUser.require().id())) {
            throw new NotFoundException();
        }
        return job;
    }

    private void pollAfterCommit() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                worker.poll();
            }
        });
    }

    /** Headers (made unique, so a mapping can name each column) and the first rows. */
    private static final class Sample implements RowHandler {
        private List<String> headers = List.of();
        private final List<List<String>> rows = new ArrayList<>();

        @Override
        public void headers(List<String> names) {
            Set<String> seen = new LinkedHashSet<>();
            for (String name : names) {
                String unique = name;
                for (int n = 2; !seen.add(unique); n++) {
                    unique = name + " (" + n + ")";
                }
            }
            headers = List.copyOf(seen);
        }

        @Override
        public boolean row(long number, List<String> cells) {
            rows.add(cells);
            return rows.size() < SAMPLE_ROWS;
        }
    }
}
