package dev.guanxi.shared.problem;

import java.util.List;
import org.springframework.http.HttpStatus;

/** Field values that break the rules; every field at fault is listed, nothing is saved. */
public class ValidationException extends GuanxiException {

    public ValidationException(List<FieldProblem> problems) {
        super("problem.validation", problems);
    }

    public static ValidationException of(String field, String messageKey, Object... arguments) {
        return new ValidationException(List.of(new FieldProblem(field, messageKey, arguments)));
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.BAD_REQUEST;
    }

    @Override
    public String type() {
        return "validation";
    }
}
