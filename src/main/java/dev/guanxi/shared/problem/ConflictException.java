package dev.guanxi.shared.problem;

import java.util.List;
import org.springframework.http.HttpStatus;

/** The request is valid but clashes with the record's state (a duplicate, a cycle, a claimed account). */
public class ConflictException extends GuanxiException {

    public ConflictException(String messageKey, Object... arguments) {
        super(messageKey, List.of(), arguments);
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.CONFLICT;
    }

    @Override
    public String type() {
        return "conflict";
    }
}
