package dev.guanxi.shared.problem;

import java.util.List;
import org.springframework.http.HttpStatus;

/** A malformed request parameter (sort, cursor, limit, filter), named in {@code errors}. */
public class BadRequestException extends GuanxiException {

    public BadRequestException(String messageKey, String field, Object... arguments) {
        super(messageKey, List.of(new FieldProblem(field, messageKey, arguments)), arguments);
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.BAD_REQUEST;
    }

    @Override
    public String type() {
        return "bad-request";
    }
}
