package dev.guanxi.imports.internal;

import dev.guanxi.imports.internal.source.ReadOptions;
import dev.guanxi.imports.internal.source.RowHandler;
import dev.guanxi.imports.internal.source.SourceFormat;
import dev.guanxi.imports.internal.source.TabularFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The uploaded file in the database, in 1 MiB parts: any node can read it again to resume a job, and
 * a part at a time is all that is ever in memory.
 */
@Component
public class ImportFiles {

    static final int PART_SIZE = 1024 * 1024;

    private final JdbcClient jdbc;

    ImportFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the stream as the job's file and returns its size in bytes. */
    public long store(UUID jobId, InputStream input) throws IOException {
        long size = 0;
        int partNo = 0;
        byte[] buffer = new byte[PART_SIZE];
        while (true) {
            int filled = input.readNBytes(buffer, 0, PART_SIZE);
            if (filled == 0) {
                return size;
            }
            byte[] part = filled == PART_SIZE ? buffer.clone() : java.util.Arrays.copyOf(buffer, filled);
            jdbc.sql("insert into import_file_parts (job_id, part_no, bytes) values (:job, :no, :bytes)")
                    .param("job", jobId).param("no", partNo++).param("bytes", part).update();
            size += filled;
            if (filled < PART_SIZE) {
                return size;
            }
        }
    }

    /**
     * Reads the job's stored file as its upload found it (format, encoding, delimiter), row by row, into
     * {@code handler}; returns the rows delivered.
     */
    public long read(ImportJob job, RowHandler handler) throws IOException {
        ReadOptions options = new ReadOptions(SourceFormat.valueOf(job.format().toUpperCase(Locale.ROOT)),
                job.charset() == null ? null : Charset.forName(job.charset()),
                job.delimiter() == null ? null : job.delimiter().charAt(0));
        return TabularFile.read(() -> open(job.id()), job.fileName(), options, handler);
    }

    /** The stored file as a stream that fetches one part at a time. */
    public InputStream open(UUID jobId) {
        return new PartStream(jobId);
    }

    private final class PartStream extends InputStream {

        private final UUID jobId;
        private int nextPart;
        private byte[] current = new byte[0];
        private int position;
        private boolean ended;

        PartStream(UUID jobId) {
            this.jobId = jobId;
        }

        @Override
        public int read() throws IOException {
            if (!fill()) {
                return -1;
            }
            return current[position++] & 0xff;
        }

        @Override
        public int read(byte[] target, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int count = Math.min(length, current.length - position);
            System.arraycopy(current, position, target, offset, count);
            position += count;
            return count;
        }

        private boolean fill() {
            while (position >= current.length) {
                if (ended) {
                    return false;
                }
                byte[] part = jdbc.sql("select bytes from import_file_parts where job_id = :job and part_no = :no")
                        .param("job", jobId).param("no", nextPart++).query(byte[].class).optional().orElse(null);
                if (part == null) {
                    ended = true;
                    return false;
                }
                current = part;
                position = 0;
            }
            return true;
        }
    }
}
