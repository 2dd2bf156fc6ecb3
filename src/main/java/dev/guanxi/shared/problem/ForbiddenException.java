package dev.guanxi.shared.problem;

import java.util.List;
import org.springframework.http.HttpStatus;

/** The caller sees the record but may not do this to it (e.g. a rep reassigning an account). */
public class ForbiddenException extends GuanxiException {

    public ForbiddenException(String messageKey, Object... arguments) {
        super(messageKey, List.of(), arguments);
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.FORBIDDEN;
    }

    @Override
    public String type() {
        return "forbidden";
    }
}
