package dev.guanxi.imports.internal;

import dev.guanxi.imports.internal.ImportJob.Status;
import dev.guanxi.shared.jpa.UuidV7;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** The import_jobs table. Counts and the cursor only ever move together, in the chunk's transaction. */
@Component
public class ImportJobs {

    private static final String COLUMNS = """
            id, entity, file_name, file_size, format, charset, delimiter, headers::text as headers, sample::text as sample,
            mapping::text as mapping, status, dry_run, cancel_requested, rows_read, created, updated, skipped, rejected,
            rows_done, rows_total, error, created_by, created_at, started_at, finished_at, version""";

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final MappingJson mappings;

    ImportJobs(JdbcClient jdbc, ObjectMapper json, MappingJson mappings) {
        this.jdbc = jdbc;
        this.json = json;
        this.mappings = mappings;
    }

    public UUID insert(String entity, String fileName, long fileSize, String format, String charset, String delimiter,
                       List<String> headers, List<List<String>> sample, UUID createdBy) {
        UUID id = UuidV7.next();
        jdbc.sql("""
                        insert into import_jobs (id, entity, file_name, file_size, format, charset, delimiter, headers, sample,
                                                 status, created_by)
                        values (:id, :entity, :fileName, :size, :format, :charset, :delimiter, cast(:headers as jsonb),
                                cast(:sample as jsonb), 'draft', :by)
                        """)
                .param("id", id).param("entity", entity).param("fileName", fileName).param("size", fileSize)
                .param("format", format).param("charset", charset).param("delimiter", delimiter)
                .param("headers", json.writeValueAsString(headers)).param("sample", json.writeValueAsString(sample))
                .param("by", createdBy).update();
        return id;
    }

    /** What the upload found out about the file: its size, format, encoding, delimiter, columns and first rows. */
    public void describeFile(UUID id, long size, String format, String charset, String delimiter, List<String> headers,
                             List<List<String>> sample) {
        jdbc.sql("""
                        update import_jobs set file_size = :size, format = :format, charset = :charset, delimiter = :delimiter,
                               headers = cast(:headers as jsonb), sample = cast(:sample as jsonb)
                        where id = :id
                        """)
                .param("size", size).param("format", format).param("charset", charset).param("delimiter", delimiter)
                .param("headers", json.writeValueAsString(headers)).param("sample", json.writeValueAsString(sample))
                .param("id", id).update();
    }

    public Optional<ImportJob> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from import_jobs where id = :id").param("id", id).query(this::map).optional();
    }

    public Optional<ImportJob> lock(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from import_jobs where id = :id for update").param("id", id)
                .query(this::map).optional();
    }

    public List<ImportJob> recentOf(UUID userId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from import_jobs where created_by = :user order by created_at desc limit :limit")
                .param("user", userId).param("limit", limit).query(this::map).list();
    }

    public void saveMapping(UUID id, ImportMapping mapping) {
        jdbc.sql("update import_jobs set mapping = cast(:mapping as jsonb), version = version + 1 where id = :id")
                .param("mapping", mappings.write(mapping)).param("id", id).update();
    }

    /** Queues the job for a run (a preview when {@code dryRun}) from the start: counts, cursor and rejects reset. */
    public void queue(UUID id, boolean dryRun) {
        jdbc.sql("delete from import_rejects where job_id = :id").param("id", id).update();
        jdbc.sql("""
                        update import_jobs set status = 'queued', dry_run = :dryRun, cancel_requested = false, rows_read = 0,
                               created = 0, updated = 0, skipped = 0, rejected = 0, rows_done = 0, error = null,
                               started_at = null, finished_at = null, lease_until = null, lease_owner = null,
                               version = version + 1
                        where id = :id
                        """).param("dryRun", dryRun).param("id", id).update();
    }

    /** Forgets what a preview counted before it was interrupted: previews start over. */
    public void resetCounts(UUID id) {
        jdbc.sql("delete from import_rejects where job_id = :id").param("id", id).update();
        jdbc.sql("""
                        update import_jobs set rows_read = 0, created = 0, updated = 0, skipped = 0, rejected = 0, rows_done = 0
                        where id = :id
                        """).param("id", id).update();
    }

    /**
     * Takes the oldest job waiting for a worker, or a running one whose worker stopped renewing its
     * lease (a crashed or restarted node), for {@code owner} until {@code now + lease}.
     */
    public Optional<UUID> claimNext(String owner, Instant now, Duration lease) {
        return jdbc.sql("""
                        update import_jobs set status = 'running', lease_owner = :owner, lease_until = :until,
                               started_at = coalesce(started_at, :now)
                        where id = (select id from import_jobs
                                    where status = 'queued' or (status = 'running' and lease_until < :now)
                                    order by created_at limit 1 for update skip locked)
                        returning id
                        """)
                .param("owner", owner).param("until", java.sql.Timestamp.from(now.plus(lease)))
                .param("now", java.sql.Timestamp.from(now)).query(UUID.class).optional();
    }

    /** Adds a committed chunk's outcome and moves the cursor; false when the job is no longer this worker's. */
    public boolean advance(UUID id, String owner, ChunkTally tally, long rowsDone, Instant leaseUntil) {
        return jdbc.sql("""
                        update import_jobs set rows_read = rows_read + :read, created = created + :created,
                               updated = updated + :updated, skipped = skipped + :skipped, rejected = rejected + :rejected,
                               rows_done = :rowsDone, lease_until = :until
                        where id = :id and lease_owner = :owner and status = 'running'
                        """)
                .param("read", tally.read()).param("created", tally.created()).param("updated", tally.updated())
                .param("skipped", tally.skipped()).param("rejected", tally.rejected()).param("rowsDone", rowsDone)
                .param("until", java.sql.Timestamp.from(leaseUntil)).param("id", id).param("owner", owner).update() == 1;
    }

    public void finish(UUID id, Status status, Long rowsTotal, String error) {
        jdbc.sql("""
                        update import_jobs set status = :status, rows_total = coalesce(:total, rows_total), error = :error,
                               finished_at = now(), lease_until = null, lease_owner = null, version = version + 1
                        where id = :id
                        """)
                .param("status", status.code()).param("total", rowsTotal).param("error", error).param("id", id).update();
    }

    public boolean cancelRequested(UUID id) {
        return jdbc.sql("select cancel_requested from import_jobs where id = :id").param("id", id)
                .query(Boolean.class).optional().orElse(true);
    }

    /** Asks a queued or running job to stop: a queued one stops at once, a running one after its current chunk. */
    public void requestCancel(UUID id) {
        jdbc.sql("""
                        update import_jobs set cancel_requested = true,
                               status = case when status = 'queued' then 'cancelled' else status end,
                               finished_at = case when status = 'queued' then now() else finished_at end
                        where id = :id and status in ('queued', 'running')
                        """).param("id", id).update();
    }

    private ImportJob map(ResultSet rs, int row) throws SQLException {
        String mapping = rs.getString("mapping");
        return new ImportJob(rs.getObject("id", UUID.class), rs.getString("entity"), rs.getString("file_name"),
                rs.getLong("file_size"), rs.getString("format"), rs.getString("charset"), rs.getString("delimiter"),
                json.readValue(rs.getString("headers"), new TypeReference<List<String>>() { }),
                json.readValue(rs.getString("sample"), new TypeReference<List<List<String>>>() { }),
                mapping == null ? null : mappings.read(mapping),
                Status.valueOf(rs.getString("status").toUpperCase(java.util.Locale.ROOT)), rs.getBoolean("dry_run"),
                rs.getBoolean("cancel_requested"), rs.getLong("rows_read"), rs.getLong("created"), rs.getLong("updated"),
                rs.getLong("skipped"), rs.getLong("rejected"), rs.getLong("rows_done"),
                (Long) rs.getObject("rows_total"), rs.getString("error"), rs.getObject("created_by", UUID.class),
                instant(rs, "created_at"), instant(rs, "started_at"), instant(rs, "finished_at"), rs.getLong("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        java.sql.Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }
}
