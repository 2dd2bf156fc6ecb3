package dev.guanxi.shared.forms;

import dev.guanxi.shared.problem.GuanxiException.FieldProblem;
import dev.guanxi.shared.values.CodedEnum;
import java.util.List;

/** Reading form values the same way everywhere: blank is absent, codes become enums or a field problem. */
public final class FormValues {

    private FormValues() {
    }

    /** The enum with this code; null when blank; a "validation.enum" problem on {@code field} when unknown. */
    public static <E extends Enum<E> & CodedEnum> E code(Class<E> type, String code, String field, List<FieldProblem> problems) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return CodedEnum.fromCode(type, code.strip()).orElseGet(() -> {
            problems.add(new FieldProblem(field, "validation.enum"));
            return null;
        });
    }

    /** The text stripped, or null when it is blank. */
    public static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
