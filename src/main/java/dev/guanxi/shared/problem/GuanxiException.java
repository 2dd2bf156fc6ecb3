package dev.guanxi.shared.problem;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A refusal the user should understand: a message key (resolved in the caller's language) with its
 * arguments, an HTTP status, a stable problem type and, for validation, the fields at fault.
 */
public abstract class GuanxiException extends RuntimeException {

    private final String messageKey;
    private final Object[] arguments;
    private final List<FieldProblem> fieldProblems;

    protected GuanxiException(String messageKey, List<FieldProblem> fieldProblems, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
        this.fieldProblems = List.copyOf(fieldProblems);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    public List<FieldProblem> fieldProblems() {
        return fieldProblems;
    }

    public abstract HttpStatus status();

    /** The last segment of the problem type URI, e.g. {@code validation} for /problems/validation. */
    public abstract String type();

    /** A field and the message key (with arguments) explaining what is wrong with it. */
    public record FieldProblem(String field, String messageKey, Object... arguments) {
    }
}
