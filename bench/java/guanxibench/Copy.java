package guanxibench;

import java.time.Instant;
import java.util.List;

/** Rows in PostgreSQL's COPY text format: tab-separated, {@code \N} for null, backslash escapes. */
final class Copy {

    private Copy() {
    }

    /** Marks a value that is already a PostgreSQL array literal (still escaped for COPY). */
    record ArrayLiteral(String literal) {
    }

    static void row(StringBuilder out, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            Object v = values[i];
            if (v == null) {
                out.append("\\N");
            } else if (v instanceof ArrayLiteral array) {
                escape(out, array.literal());
            } else if (v instanceof Boolean b) {
                out.append(b ? 't' : 'f');
            } else if (v instanceof Instant instant) {
                out.append(instant); // ISO-8601 with Z: read as timestamptz
            } else {
                escape(out, v.toString());
            }
        }
        out.append('\n');
    }

    /** A text[] literal with every element quoted, so commas, braces, quotes and spaces are safe. */
    static ArrayLiteral array(List<String> elements) {
        StringBuilder s = new StringBuilder("{");
        for (int i = 0; i < elements.size(); i++) {
            if (i > 0) {
                s.append(',');
            }
            s.append('"');
            String e = elements.get(i);
            for (int j = 0; j < e.length(); j++) {
                char c = e.charAt(j);
                if (c == '"' || c == '\\') {
                    s.append('\\');
                }
                s.append(c);
            }
            s.append('"');
        }
        return new ArrayLiteral(s.append('}').toString());
    }

    private static void escape(StringBuilder out, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }
}
