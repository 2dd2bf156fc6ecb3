package dev.guanxi.shared.sql;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Rows for PostgreSQL's {@code COPY ... FROM STDIN (FORMAT csv)} — the bulk path of imports, many times
 * faster than INSERTs. Values are appended column by column; {@code null} is an unquoted empty field
 * and every text is quoted, so an empty string stays an empty string. Runs on the connection of the
 * current transaction: the copied rows commit or roll back with everything else.
 */
public final class CopyRows {

    private final String table;
    private final String columns;
    private final StringBuilder data = new StringBuilder(64 * 1024);
    private boolean lineStarted;
    private long rows;

    public CopyRows(String table, String columns) {
        this.table = table;
        this.columns = columns;
    }

    public CopyRows text(String value) {
        separator();
        if (value != null) {
            quoted(value);
        }
        return this;
    }

    public CopyRows uuid(UUID value) {
        separator();
        if (value != null) {
            data.append(value);
        }
        return this;
    }

    public CopyRows bool(Boolean value) {
        separator();
        if (value != null) {
            data.append(value ? 't' : 'f');
        }
        return this;
    }

    public CopyRows date(LocalDate value) {
        separator();
        if (value != null) {
            data.append(value);
        }
        return this;
    }

    public CopyRows instant(Instant value) {
        separator();
        if (value != null) {
            data.append(value);
        }
        return this;
    }

    public CopyRows number(Number value) {
        separator();
        if (value != null) {
            data.append(value instanceof java.math.BigDecimal big ? big.toPlainString() : value.toString());
        }
        return this;
    }

    /** A {@code text[]} value: an array literal, each element double-quoted and escaped. */
    public CopyRows textArray(Collection<String> values) {
        separator();
        if (values == null) {
            return this;
        }
        StringBuilder literal = new StringBuilder("{");
        boolean first = true;
        for (String value : values) {
            if (!first) {
                literal.append(',');
            }
            first = false;
            literal.append('"').append(value.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        quoted(literal.append('}').toString());
        return this;
    }

    public void endRow() {
        data.append('\n');
        lineStarted = false;
        rows++;
    }

    public long rows() {
        return rows;
    }

    /** Sends the rows to the table on the current transaction's connection; returns the rows copied. */
    public long copy(DataSource dataSource) {
        if (rows == 0) {
            return 0;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy " + table + " (" + columns + ") from stdin with (format csv)", new StringReader(data.toString()));
        } catch (SQLException | IOException e) {
            throw new DataAccessResourceFailureException("COPY into " + table + " failed: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private void separator() {
        if (lineStarted) {
            data.append(',');
        }
        lineStarted = true;
    }

    private void quoted(String value) {
        data.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                data.append('"');
            }
            data.append(c);
        }
        data.append('"');
    }
}
