package dev.guanxi.shared.forms;

import dev.guanxi.shared.problem.GuanxiException.FieldProblem;
import dev.guanxi.shared.problem.ValidationException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Validates form objects (the same classes back the web forms and the API bodies) and applies JSON
 * merge patches to them, so PATCH goes through exactly the rules of a full edit.
 */
@Component
public class FormValidator {

    private final Validator validator;
    private final ObjectMapper objectMapper;

    public FormValidator(Validator validator, ObjectMapper objectMapper) {
        this.validator = validator;
        this.objectMapper = objectMapper;
    }

    /** Throws a {@link ValidationException} listing every field at fault. */
    public <T> T validate(T form) {
        Set<ConstraintViolation<T>> violations = validator.validate(form);
        if (!violations.isEmpty()) {
            List<FieldProblem> problems = new ArrayList<>();
            violations.stream()
                    .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .forEach(v -> problems.add(new FieldProblem(v.getPropertyPath().toString(), v.getMessage())));
            throw new ValidationException(problems);
        }
        return form;
    }

    /** Applies an RFC 7396 merge patch: fields present are set (null clears), absent ones stay. */
    public <T> T patch(T form, JsonNode patch) {
        if (patch == null || !patch.isObject()) {
            throw new dev.guanxi.shared.problem.BadRequestException("problem.patch.object", "body");
        }
        return objectMapper.readerForUpdating(form).readValue(patch);
    }
}
