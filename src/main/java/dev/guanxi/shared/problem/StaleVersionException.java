package dev.guanxi.shared.problem;

import java.util.List;
import org.springframework.http.HttpStatus;

/** Someone else saved the record since the caller read it: refusing prevents a lost update. */
public class StaleVersionException extends GuanxiException {

    public StaleVersionException() {
        super("problem.stale-version", List.of());
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.PRECONDITION_FAILED;
    }

    @Override
    public String type() {
        return "stale-version";
    }
}
