package dev.guanxi.imports.internal;

import dev.guanxi.identity.CurrentUser;
import dev.guanxi.imports.ImportField;
import dev.guanxi.imports.RowOutcome;
import dev.guanxi.shared.export.SpreadsheetText;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Rejected rows with their reason, and the error file made of them: the original columns as read,
 * then the row number and the reason in the importer's language — fix the cells, upload the file
 * again with the same mapping, and only the fixed rows come in.
 */
@Component
public class ImportRejects {

    private final JdbcTemplate jdbc;
    private final MessageSource messages;
    private final ImportTargets targets;

    ImportRejects(JdbcTemplate jdbc, MessageSource messages, ImportTargets targets) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.targets = targets;
    }

    void save(UUID jobId, List<RowOutcome> outcomes, Map<Long, List<String>> cells, ImportPlan plan, CurrentUser importer) {
        Locale locale = Locale.forLanguageTag(importer.language());
        List<Object[]> rows = new ArrayList<>();
        for (RowOutcome outcome : outcomes) {
            if (outcome.kind() == RowOutcome.Kind.REJECTED) {
                Object[] args = outcome.reasonArgs() == null ? new Object[0] : outcome.reasonArgs();
                rows.add(new Object[] {outcome.number(), outcome.field(), reason(outcome, plan, locale),
                        cells.get(outcome.number()).toArray(String[]::new), outcome.reasonKey(),
                        java.util.Arrays.stream(args).map(String::valueOf).toArray(String[]::new)});
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("""
                        insert into import_rejects (job_id, row_no, field, reason, cells, reason_key, reason_args)
                        values (?, ?, ?, ?, ?, ?, ?)""", rows, 500,
                (PreparedStatement ps, Object[] row) -> {
                    ps.setObject(1, jobId);
                    ps.setLong(2, (Long) row[0]);
                    ps.setString(3, (String) row[1]);
                    ps.setString(4, (String) row[2]);
                    ps.setArray(5, ps.getConnection().createArrayOf("text", (String[]) row[3]));
                    ps.setString(6, (String) row[4]);
                    ps.setArray(7, ps.getConnection().createArrayOf("text", (String[]) row[5]));
                });
    }

    private String reason(RowOutcome outcome, ImportPlan plan, Locale locale) {
        String text = messages.getMessage(outcome.reasonKey(), outcome.reasonArgs(), outcome.reasonKey(), locale);
        if (outcome.field() == null) {
            return text;
        }
        String label = plan.fieldByColumn().values().stream().filter(f -> f.name().equals(outcome.field()))
                .map(ImportField::labelKey).findFirst()
                .map(key -> messages.getMessage(key, null, outcome.field(), locale)).orElse(outcome.field());
        return label + ": " + text;
    }

    /** The first rejected rows, for the result page, with their reasons in the reader's language. */
    public List<Reject> first(ImportJob job, int limit, Locale locale) {
        return jdbc.query("select row_no, field, reason, reason_key, reason_args, cells from import_rejects "
                        + "where job_id = ? order by row_no limit ?",
                (rs, n) -> new Reject(rs.getLong(1), reasonFor(job, rs, locale), List.of((String[]) rs.getArray(6).getArray())),
                job.id(), limit);
    }

    /** A stored reason in {@code locale}: from its key when it has one, else the text stored with it. */
    private String reasonFor(ImportJob job, java.sql.ResultSet rs, Locale locale) throws java.sql.SQLException {
        String key = rs.getString("reason_key");
        if (key == null) {
            return rs.getString("reason");
        }
        java.sql.Array args = rs.getArray("reason_args");
        String text = messages.getMessage(key, args == null ? null : (Object[]) args.getArray(), key, locale);
        String field = rs.getString("field");
        if (field == null) {
            return text;
        }
        String label = targets.find(job.entity()).flatMap(t -> t.fields().stream().filter(f -> f.name().equals(field)).findFirst())
                .map(f -> messages.getMessage(f.labelKey(), null, field, locale)).orElse(field);
        return label + ": " + text;
    }

    /** Writes the error file as UTF-8 CSV with a BOM (Excel opens it right), formulas neutralised. */
    public void writeCsv(ImportJob job, Locale locale, OutputStream out) throws IOException {
        List<String> headers = job.headers();
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            List<String> header = new ArrayList<>(headers);
            header.add(messages.getMessage("import.errors.row", null, locale));
            header.add(messages.getMessage("import.errors.reason", null, locale));
            csv.printRecord(header);
            jdbc.query("select row_no, field, reason, reason_key, reason_args, cells from import_rejects where job_id = ? "
                    + "order by row_no", rs -> {
                try {
                    List<String> record = new ArrayList<>();
                    for (String cell : (String[]) rs.getArray("cells").getArray()) {
                        record.add(SpreadsheetText.neutralise(cell));
                    }
                    while (record.size() < headers.size()) {
                        record.add("");
                    }
                    record.add(Long.toString(rs.getLong("row_no")));
                    record.add(SpreadsheetText.neutralise(reasonFor(job, rs, locale)));
                    csv.printRecord(record);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, job.id());
        }
    }

    public record Reject(long row, String reason, List<String> cells) {
    }
}
