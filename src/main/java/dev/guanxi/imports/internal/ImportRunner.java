package dev.guanxi.imports.internal;

import dev.guanxi.identity.CurrentUser;
import dev.guanxi.identity.UserDirectory;
import dev.guanxi.imports.ImportBatch;
import dev.guanxi.imports.ImportRow;
import dev.guanxi.imports.ImportTarget;
import dev.guanxi.imports.RowOutcome;
import dev.guanxi.imports.internal.ImportJob.Status;
import dev.guanxi.imports.internal.source.RowHandler;
import dev.guanxi.imports.internal.source.SourceException;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one claimed job: streams the file from the row after the last committed one, and applies it in
 * chunks. Each chunk — its records, its rejected rows, the job's counts and cursor — commits in one
 * transaction, so a crash loses at most the chunk in flight, which the next worker does again; nothing
 * is ever half-applied without the job saying how far it got. Runs signed in as the user who started
 * the import, so every visibility and ownership rule applies as in the forms.
 */
@Component
public class ImportRunner {

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

    private final ImportJobs jobs;
    private final ImportFiles files;
    private final ImportTargets targets;
    private final ImportRejects rejects;
    private final ImportCompletion completion;
    private final UserDirectory users;
    private final MessageSource messages;
    private final TransactionTemplate transactions;
    private final int chunkSize;
    private final Duration lease;

    ImportRunner(ImportJobs jobs, ImportFiles files, ImportTargets targets, ImportRejects rejects,
                 ImportCompletion completion, UserDirectory users, MessageSource messages,
                 TransactionTemplate transactions,
                 @Value("${guanxi.imports.chunk-size:2000}") int chunkSize,
                 @Value("${guanxi.imports.lease:PT2M}") Duration lease) {
        this.jobs = jobs;
        this.files = files;
        this.targets = targets;
        this.rejects = rejects;
        this.completion = completion;
        this.users = users;
        this.messages = messages;
        this.transactions = transactions;
        this.chunkSize = chunkSize;
        this.lease = lease;
    }

    /** Runs the job claimed by {@code owner} to its end (done, cancelled or failed). */
    public void run(UUID jobId, String owner) {
        run(jobId, owner, Long.MAX_VALUE);
    }

    /**
     * Runs at most {@code maxChunks} chunks and then stops as if the node had died, leaving the job
     * running under its lease — what a crash looks like to the next worker (used by the resume test).
     */
    void run(UUID jobId, String owner, long maxChunks) {
        ImportJob job = jobs.find(jobId).orElseThrow();
        CurrentUser importer = users.actor(job.createdBy()).orElse(null);
        if (importer == null) {
            jobs.finish(jobId, Status.FAILED, null, "import.failed.user-inactive");
            return;
        }
        importer.callAs(() -> {
            try {
                Run run = new Run(job, importer, owner, maxChunks);
                run.execute();
            } catch (SourceException e) {
                jobs.finish(jobId, Status.FAILED, null, render(importer, e.messageKey(), e.args()));
                completion.finished(jobs.find(jobId).orElseThrow(), importer);
            } catch (RuntimeException | IOException e) {
                log.error("Import {} failed", jobId, e);
                jobs.finish(jobId, Status.FAILED, null, render(importer, "import.failed.internal", new Object[0]));
                completion.finished(jobs.find(jobId).orElseThrow(), importer);
            }
            return null;
        });
    }

    private String render(CurrentUser user, String key, Object[] args) {
        return messages.getMessage(key, args, key, Locale.forLanguageTag(user.language()));
    }

    /** The state of one run through the file. */
    private final class Run implements RowHandler {

        private final ImportJob job;
        private final CurrentUser importer;
        private final String owner;
        private final ImportTarget target;
        private final ImportMapping mapping;
        private final ImportPlan plan;
        private final RowConverter converter;
        private final ReferenceLookup references;
        private final long resumeAfter;
        private final Set<String> seenKeys = new HashSet<>();
        private final Map<String, Object> runState = new HashMap<>();
        private final Map<Long, List<String>> chunk = new java.util.LinkedHashMap<>();
        private long chunksLeft;
        private long lastNumber;
        private boolean stopped;
        private boolean abandoned;

        Run(ImportJob job, CurrentUser importer, String owner, long maxChunks) {
            this.job = job;
            this.importer = importer;
            this.owner = owner;
            this.target = targets.require(job.entity());
            this.mapping = job.mapping() != null ? job.mapping() : new ImportMapping(null, null, null, null, null, null);
            this.plan = ImportPlan.of(target, job.headers(), mapping);
            this.converter = new RowConverter(plan.fieldByColumn(), plan.requiredFields(), mapping, messages);
            this.references = new ReferenceLookup(plan.mappedFields(), mapping, importer, job.dryRun());
            this.chunksLeft = maxChunks;
            // A preview keeps the keys of earlier chunks in memory only: it starts over rather than resuming.
            this.resumeAfter = job.dryRun() ? 0 : job.rowsDone();
            if (job.dryRun() && job.rowsDone() > 0) {
                transactions.executeWithoutResult(status -> jobs.resetCounts(job.id()));
            }
        }

        void execute() throws IOException {
            files.read(job, this);
            if (abandoned) {
                return;
            }
            if (!stopped) {
                flush();
            }
            if (abandoned) {
                return;
            }
            Status status = stopped ? Status.CANCELLED : Status.DONE;
            jobs.finish(job.id(), status, stopped ? null : lastNumber, null);
            completion.finished(jobs.find(job.id()).orElseThrow(), importer);
        }

        @Override
        public void headers(List<String> headers) {
            // the job's headers were stored at upload; the plan refers to columns by their position there
        }

        @Override
        public boolean row(long number, List<String> cells) {
            lastNumber = number;
            if (number <= resumeAfter) {
                return true;
            }
            chunk.put(number, cells);
            if (chunk.size() >= chunkSize) {
                flush();
            }
            return !stopped && !abandoned;
        }

        private void flush() {
            if (chunksLeft-- <= 0) {
                abandoned = true;
                return;
            }
            long upTo = lastNumber;
            Boolean kept = transactions.execute(status -> applyChunk(upTo));
            if (!Boolean.TRUE.equals(kept)) {
                // someone else holds the job now (our lease ran out): stop without touching it
                abandoned = true;
                return;
            }
            chunk.clear();
            if (!job.dryRun()) {
                seenKeys.clear();
            }
            if (jobs.cancelRequested(job.id())) {
                stopped = true;
            }
        }

        private boolean applyChunk(long upTo) {
            List<ImportRow> rows = new ArrayList<>(chunk.size());
            List<RowOutcome> outcomes = new ArrayList<>(chunk.size());
            chunk.forEach((number, cells) -> {
                RowConverter.Result result = converter.convert(number, cells);
                if (result.rejection() != null) {
                    outcomes.add(result.rejection());
                } else {
                    rows.add(result.row());
                }
            });
            outcomes.addAll(references.resolve(rows));
            if (!rows.isEmpty()) {
                outcomes.addAll(target.apply(new ImportBatch(rows, importer, mapping.onDuplicate(), plan.matchOn(),
                        job.dryRun(), seenKeys, runState)));
            }
            checkEveryRowAccountedFor(outcomes);
            rejects.save(job.id(), outcomes, chunk, plan, importer);
            ChunkTally tally = ChunkTally.of(chunk.size(), outcomes);
            return jobs.advance(job.id(), owner, tally, upTo, java.time.Instant.now().plus(lease));
        }

        /** The promise of the import: every row read ends in exactly one outcome. */
        private void checkEveryRowAccountedFor(List<RowOutcome> outcomes) {
            Map<Long, Integer> seen = new HashMap<>();
            outcomes.forEach(o -> seen.merge(o.number(), 1, Integer::sum));
            if (seen.size() != chunk.size() || !seen.keySet().containsAll(chunk.keySet())
                    || seen.values().stream().anyMatch(n -> n != 1)) {
                throw new IllegalStateException("Import target " + target.entity() + " did not account for every row once");
            }
        }
    }
}
