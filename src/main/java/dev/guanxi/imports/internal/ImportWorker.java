package dev.guanxi.imports.internal;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Runs imports in the background, one at a time on each node, on a thread of its own so an import of a
 * million rows never holds up the scheduler's other jobs. {@link #poll()} is called when a job is queued
 * and by {@link ImportJobs}' poll job; it claims the next job — a queued one, or a running one whose
 * node stopped renewing its lease, which is how an import interrupted by a crash or restart resumes.
 */
@Component
public class ImportWorker implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImportWorker.class);

    private final ImportJobs jobs;
    private final ImportRunner runner;
    private final Duration lease;
    private final String owner = ManagementFactory.getRuntimeMXBean().getName() + ":" + UUID.randomUUID();
    private final AtomicBoolean busy = new AtomicBoolean();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "import-worker");
        thread.setDaemon(true);
        return thread;
    });

    ImportWorker(ImportJobs jobs, ImportRunner runner, @Value("${guanxi.imports.lease:PT2M}") Duration lease) {
        this.jobs = jobs;
        this.runner = runner;
        this.lease = lease;
    }

    /** Starts the next waiting job on the worker thread unless this node is already running one. */
    public void poll() {
        if (!busy.compareAndSet(false, true)) {
            return;
        }
        Optional<UUID> claimed;
        try {
            claimed = jobs.claimNext(owner, java.time.Instant.now(), lease);
        } catch (RuntimeException e) {
            busy.set(false);
            throw e;
        }
        if (claimed.isEmpty()) {
            busy.set(false);
            return;
        }
        executor.execute(() -> {
            try {
                runner.run(claimed.get(), owner);
            } catch (RuntimeException e) {
                log.error("Import {} stopped", claimed.get(), e);
            } finally {
                busy.set(false);
            }
            poll();
        });
    }

    public boolean idle() {
        return !busy.get();
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
