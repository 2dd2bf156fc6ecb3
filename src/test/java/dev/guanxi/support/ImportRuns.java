package dev.guanxi.support;

import dev.guanxi.identity.CurrentUser;
import dev.guanxi.identity.UserDirectory;
import dev.guanxi.imports.internal.ImportJob;
import dev.guanxi.imports.internal.Imports;
import dev.guanxi.support.IdentityFixtures.TestUser;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/** Drives an import as a user would, through the use cases, and waits for the background worker. */
@Component
public class ImportRuns {

    private final Imports imports;
    private final UserDirectory users;

    ImportRuns(Imports imports, UserDirectory users) {
        this.imports = imports;
        this.users = users;
    }

    /** Queues the job as {@code user} and waits (at most a minute) for the background worker to finish it. */
    public ImportJob run(TestUser user, UUID id, boolean dryRun) {
        as(user, () -> imports.start(id, dryRun));
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            ImportJob job = as(user, () -> imports.job(id));
            if (job.status().finished()) {
                return job;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("import " + id + " did not finish");
    }

    /** {@code work} signed in as {@code user}, as their request would run it. */
    public <T> T as(TestUser user, Supplier<T> work) {
        CurrentUser current = users.actor(user.id()).orElseThrow();
        return current.callAs(work);
    }
}
