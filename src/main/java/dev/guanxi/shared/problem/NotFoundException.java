package dev.guanxi.shared.problem;

import java.util.List;
import org.springframework.http.HttpStatus;

/** A record that does not exist — or that the caller may not see: both answer the same 404. */
public class NotFoundException extends GuanxiException {

    public NotFoundException() {
        super("problem.not-found", List.of());
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.NOT_FOUND;
    }

    @Override
    public String type() {
        return "not-found";
    }
}
