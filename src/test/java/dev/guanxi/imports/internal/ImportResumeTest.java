package dev.guanxi.imports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guanxi.identity.CurrentUser;
import dev.guanxi.identity.UserDirectory;
import dev.guanxi.support.IdentityFixtures;
import dev.guanxi.support.IdentityFixtures.TestUser;
import dev.guanxi.support.IntegrationTest;
import dev.guanxi.identity.Role;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An import whose node dies after a committed chunk is taken over by another worker once its lease has
 * run out, and ends exactly as an uninterrupted one: every row once, no duplicate, one history row per
 * contact — and the dead node, should it wake up, can no longer move the job.
 */
@IntegrationTest
class ImportResumeTest {

    private static final int ROWS = 5_000;

    @Autowired
    Imports imports;
    @Autowired
    ImportJobs jobs;
    @Autowired
    ImportRunner runner;
    @Autowired
    ImportWorker worker;
    @Autowired
    UserDirectory users;
    @Autowired
    IdentityFixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anInterruptedImportResumesAfterItsLastCommittedChunk() throws Exception {
        UUID department = fixtures.department("Import", null);
        TestUser rep = fixtures.user("Importing Rep", department, Role.SALES_REP);
        CurrentUser importer = users.actor(rep.id()).orElseThrow();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        StringBuilder csv = new StringBuilder("Name,E-mail\n");
        for (int i = 1; i <= ROWS; i++) {
            csv.append("Person ").append(i).append(',').append("p").append(i).append('.').append(tag).append("@example.cn\n");
        }
        UUID id = importer.callAs(() -> {
            try {
                return imports.upload("contacts", "big.csv", new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
                        null);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        // a node claims the job, commits its first chunk of 2,000 rows, and dies
        jdbc.sql("update import_jobs set status = 'running', lease_owner = 'dead-node', lease_until = now() + interval '2 minutes', "
                + "started_at = now() where id = :id").param("id", id).update();
        runner.run(id, "dead-node", 1);
        ImportJob interrupted = jobs.find(id).orElseThrow();
        assertThat(interrupted.status()).isEqualTo(ImportJob.Status.RUNNING);
        assertThat(interrupted.rowsDone()).isEqualTo(2_000);
        assertThat(interrupted.created()).isEqualTo(2_000);
        assertThat(contacts(tag)).isEqualTo(2_000);

        // while its lease holds, no other worker takes it
        worker.poll();
        awaitIdle();
        assertThat(jobs.find(id).orElseThrow().rowsDone()).isEqualTo(2_000);

        // the lease runs out: the next round resumes after row 2,000
        jdbc.sql("update import_jobs set lease_until = now() - interval '1 second' where id = :id").param("id", id).update();
        worker.poll();
        ImportJob done = awaitFinished(id);
        assertThat(done.status()).isEqualTo(ImportJob.Status.DONE);
        assertThat(done.rowsRead()).isEqualTo(ROWS);
        assertThat(done.created()).isEqualTo(ROWS);
        assertThat(done.sum()).isEqualTo(done.rowsRead());
        assertThat(contacts(tag)).isEqualTo(ROWS);
        assertThat(jdbc.sql("select count(distinct email) from contacts where email like :like").param("like", "%." + tag + "@example.cn")
                .query(Long.class).single()).isEqualTo(ROWS);
        assertThat(jdbc.sql("select count(*) from contacts_aud where revtype = 0 and email like :like")
                .param("like", "%." + tag + "@example.cn").query(Long.class).single()).isEqualTo(ROWS);

        // the dead node wakes up: its lease is gone, it cannot move the job any more
        assertThat(jobs.advance(id, "dead-node", new ChunkTally(1, 1, 0, 0, 0), 1, Instant.now().plus(Duration.ofMinutes(2))))
                .isFalse();
        assertThat(jobs.find(id).orElseThrow().created()).isEqualTo(ROWS);
    }

    @Test
    void aCancelledImportStopsAfterTheChunkInFlightAndSaysHowFarItGot() throws Exception {
        UUID department = fixtures.department("Cancel", null);
        TestUser rep = fixtures.user("Cancelling Rep", department, Role.SALES_REP);
        CurrentUser importer = users.actor(rep.id()).orElseThrow();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        UUID id = upload(importer, tag);
        jdbc.sql("update import_jobs set status = 'running', lease_owner = 'this-node', lease_until = now() + interval '2 minutes', "
                + "started_at = now() where id = :id").param("id", id).update();
        importer.callAs(() -> imports.cancel(id));
        runner.run(id, "this-node");
        ImportJob cancelled = jobs.find(id).orElseThrow();
        assertThat(cancelled.status()).isEqualTo(ImportJob.Status.CANCELLED);
        assertThat(cancelled.rowsRead()).isEqualTo(2_000);
        assertThat(cancelled.created()).isEqualTo(2_000);
        assertThat(contacts(tag)).isEqualTo(2_000);

        // a queued import is cancelled at once, before any row
        UUID queued = upload(importer, tag + "q");
        jdbc.sql("update import_jobs set status = 'queued' where id = :id").param("id", queued).update();
        importer.callAs(() -> imports.cancel(queued));
        assertThat(jobs.find(queued).orElseThrow().status()).isEqualTo(ImportJob.Status.CANCELLED);
        assertThat(jobs.find(queued).orElseThrow().rowsRead()).isZero();
    }

    @Test
    void aLargeFileStillFindsItsDuplicatesOnceTheKnownKeysFilterTakesOver() throws Exception {
        UUID department = fixtures.department("Large", null);
        TestUser rep = fixtures.user("Large File Rep", department, Role.SALES_REP);
        CurrentUser importer = users.actor(rep.id()).orElseThrow();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("""
                insert into contacts (id, name, email, owner_id, department_id, search_text, search_tokens)
                values (gen_random_uuid(), 'Existing', :email, :owner, :department, 'existing', '{}')
                """).param("email", "p4500." + tag + "@example.cn").param("owner", rep.id()).param("department", department)
                .update();
        StringBuilder csv = new StringBuilder("Name,E-mail\n");
        for (int i = 1; i <= ROWS; i++) {
            // row 4,800 repeats row 100; row 4,500 is the contact that already exists
            int person = i == 4_800 ? 100 : i;
            csv.append("Person ").append(person).append(',').append("p").append(person).append('.').append(tag)
                    .append("@example.cn\n");
        }
        UUID id = importer.callAs(() -> {
            try {
                return imports.uploadAndStart("contacts", "large.csv",
                        new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), null, false).id();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        ImportJob done = awaitFinished(id);
        // chunks 3 (rows 4,001–5,000) asked the filter first: both duplicates were still recognised
        assertThat(List.of(done.rowsRead(), done.created(), done.skipped(), done.rejected()))
                .containsExactly((long) ROWS, (long) ROWS - 2, 2L, 0L);
        assertThat(contacts(tag)).isEqualTo(ROWS - 1);
    }

    private UUID upload(CurrentUser importer, String tag) {
        StringBuilder csv = new StringBuilder("Name,E-mail\n");
        for (int i = 1; i <= ROWS; i++) {
            csv.append("Person ").append(i).append(',').append("p").append(i).append('.').append(tag).append("@example.cn\n");
        }
        return importer.callAs(() -> {
            try {
                return imports.upload("contacts", "big.csv", new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
                        null);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private long contacts(String tag) {
        return jdbc.sql("select count(*) from contacts where email like :like").param("like", "%." + tag + "@example.cn")
                .query(Long.class).single();
    }

    private void awaitIdle() throws InterruptedException {
        for (int i = 0; i < 100 && !worker.idle(); i++) {
            Thread.sleep(50);
        }
    }

    private ImportJob awaitFinished(UUID id) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            ImportJob job = jobs.find(id).orElseThrow();
            if (job.status().finished()) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("import did not finish");
    }
}
