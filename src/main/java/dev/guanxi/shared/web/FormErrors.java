package dev.guanxi.shared.web;

import dev.guanxi.shared.problem.GuanxiException;
import org.springframework.validation.BindingResult;

/** Puts a refusal from a use case next to the form fields it names, so the page can show it. */
public final class FormErrors {

    private FormErrors() {
    }

    public static void addTo(BindingResult result, GuanxiException e) {
        if (e.fieldProblems().isEmpty()) {
            result.reject(e.messageKey(), e.arguments(), e.messageKey());
            return;
        }
        for (GuanxiException.FieldProblem problem : e.fieldProblems()) {
            String key = problem.messageKey();
            if (result.getFieldType(problem.field()) != null || hasProperty(result, problem.field())) {
                result.rejectValue(problem.field(), key, problem.arguments(), key);
            } else {
                result.reject(key, problem.arguments(), key);
            }
        }
    }

    private static boolean hasProperty(BindingResult result, String field) {
        try {
            return result.getRawFieldValue(field) != null || result.getFieldType(field) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
