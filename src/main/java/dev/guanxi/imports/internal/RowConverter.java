package dev.guanxi.imports.internal;

import dev.guanxi.imports.FieldType;
import dev.guanxi.imports.ImportField;
import dev.guanxi.imports.ImportRow;
import dev.guanxi.imports.RowOutcome;
import dev.guanxi.imports.internal.values.BooleanParsing;
import dev.guanxi.imports.internal.values.DateParsing;
import dev.guanxi.imports.internal.values.NumberParsing;
import dev.guanxi.shared.values.PhoneNumbers;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;

/**
 * Turns the cells of one source row into typed field values, or says why the row cannot be taken.
 * References stay text here (the name or id as written); {@link ReferenceLookup} resolves a whole
 * chunk of them at once.
 */
public final class RowConverter {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[A-Za-z0-9\\p{L}](?:[A-Za-z0-9\\p{L}-]*[A-Za-z0-9\\p{L}])?(?:\\.[A-Za-z0-9\\p{L}](?:[A-Za-z0-9\\p{L}-]*[A-Za-z0-9\\p{L}])?)*$");
    private static final Pattern SET_SEPARATORS = Pattern.compile("\\s*[,;|、，；]\\s*");
    private static final int DEFAULT_MAX = 1000;

    private final Map<Integer, ImportField> fieldByColumn;
    private final List<ImportField> requiredFields;
    private final Map<String, EnumMatcher> enums = new LinkedHashMap<>();
    private final ImportMapping mapping;

    public RowConverter(Map<Integer, ImportField> fieldByColumn, List<ImportField> requiredFields, ImportMapping mapping,
                        MessageSource messages) {
        this.fieldByColumn = fieldByColumn;
        this.requiredFields = requiredFields;
        this.mapping = mapping;
        fieldByColumn.values().stream()
                .filter(f -> f.type() == FieldType.ENUM || f.type() == FieldType.ENUM_SET)
                .forEach(f -> enums.put(f.name(), new EnumMatcher(f, messages)));
    }

    /** The row's values, or a rejection naming the first field at fault. */
    public Result convert(long number, List<String> cells) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<Integer, ImportField> entry : fieldByColumn.entrySet()) {
            int column = entry.getKey();
            ImportField field = entry.getValue();
            String cell = column < cells.size() ? cells.get(column) : "";
            if (cell == null || cell.isBlank() || values.containsKey(field.name())) {
                continue;
            }
            // NULs go first (PostgreSQL text cannot hold them): a cell of nothing else is an empty cell,
            // not an empty value that passes as "filled" and then fails the database's checks.
            String text = unneutralise(cell.replace("\u0000", "").strip());
            if (text.isEmpty()) {
                continue;
            }
            int max = field.maxLength() > 0 ? field.maxLength() : DEFAULT_MAX;
            if (text.length() > max && field.type() != FieldType.ENUM_SET) {
                return Result.rejected(RowOutcome.rejected(number, field.name(), "import.row.too-long", max));
            }
            Optional<Object> value = convert(field, text);
            if (value.isEmpty() && field.type() == FieldType.DATE && mapping.dateOrder() == DateParsing.DateOrder.AUTO
                    && DateParsing.parse(text, DateParsing.DateOrder.DMY).isPresent()) {
                return Result.rejected(RowOutcome.rejected(number, field.name(), "import.row.date-ambiguous", text));
            }
            if (value.isEmpty()) {
                return Result.rejected(RowOutcome.rejected(number, field.name(), problemKey(field.type()), text));
            }
            values.put(field.name(), value.get());
        }
        for (ImportField field : requiredFields) {
            if (!values.containsKey(field.name())) {
                return Result.rejected(RowOutcome.rejected(number, field.name(), "import.row.required"));
            }
        }
        return Result.row(new ImportRow(number, values));
    }

    /**
     * Our error files and exports put an apostrophe before a cell starting with = + - @ so spreadsheets
     * do not run it as a formula; a file fixed and uploaded again gets the value back without it.
     */
    static String unneutralise(String text) {
        return text.length() > 1 && text.charAt(0) == '\'' && "=+-@".indexOf(text.charAt(1)) >= 0 ? text.substring(1) : text;
    }

    private Optional<Object> convert(ImportField field, String text) {
        return switch (field.type()) {
            case TEXT -> Optional.of(text);
            case EMAIL -> EMAIL.matcher(text).matches() && text.length() <= 254
                    ? Optional.of(text.toLowerCase(java.util.Locale.ROOT)) : Optional.empty();
            case PHONE -> PhoneNumbers.isValid(text) ? Optional.of(text) : Optional.empty();
            case DATE -> DateParsing.parse(text, mapping.dateOrder()).map(Object.class::cast);
            case NUMBER -> NumberParsing.parse(text).map(Object.class::cast);
            case BOOLEAN -> BooleanParsing.parse(text).map(Object.class::cast);
            case ENUM -> enumCode(field, text).map(Object.class::cast);
            case ENUM_SET -> enumCodes(field, text);
            case REFERENCE -> Optional.of(text);
        };
    }

    private Optional<String> enumCode(ImportField field, String text) {
        EnumMatcher matcher = enums.get(field.name());
        String mapped = mapping.mappedValue(field.name(), text);
        return matcher.match(mapped != null ? mapped : text);
    }

    private Optional<Object> enumCodes(ImportField field, String text) {
        Set<String> codes = new LinkedHashSet<>();
        for (String part : SET_SEPARATORS.split(text)) {
            if (part.isBlank()) {
                continue;
            }
            Optional<String> code = enumCode(field, part);
            if (code.isEmpty()) {
                return Optional.empty();
            }
            codes.add(code.get());
        }
        return codes.isEmpty() ? Optional.empty() : Optional.of(Set.copyOf(codes));
    }

    private static String problemKey(FieldType type) {
        return switch (type) {
            case EMAIL -> "import.row.email";
            case PHONE -> "import.row.phone";
            case DATE -> "import.row.date";
            case NUMBER -> "import.row.number";
            case BOOLEAN -> "import.row.boolean";
            case ENUM, ENUM_SET -> "import.row.unknown-value";
            default -> "import.row.invalid";
        };
    }

    /** Either the converted row or its rejection. */
    public record Result(ImportRow row, RowOutcome rejection) {
        static Result row(ImportRow row) {
            return new Result(row, null);
        }

        static Result rejected(RowOutcome rejection) {
            return new Result(null, rejection);
        }
    }
}
