package dev.guanxi.shared.problem;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/**
 * Turns every failure of a REST call into problem+json in the caller's language. Nothing internal —
 * no stack trace, SQL or class name — reaches the caller; unexpected failures are logged here.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(0)
public class ApiProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

    private final Problems problems;
    private final MessageSource messages;

    public ApiProblemHandler(Problems problems, MessageSource messages) {
        this.problems = problems;
        this.messages = messages;
    }

    @ExceptionHandler(GuanxiException.class)
    ResponseEntity<ProblemDetail> guanxi(GuanxiException e) {
        return respond(problems.of(e));
    }

    @ExceptionHandler(BindException.class)
    ResponseEntity<ProblemDetail> invalidFields(BindException e) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            errors.add(Problems.fieldError(error.getField(), messages.getMessage(error, LocaleContextHolder.getLocale())));
        }
        e.getBindingResult().getGlobalErrors().forEach(error -> errors.add(
                Problems.fieldError(error.getObjectName(), messages.getMessage(error, LocaleContextHolder.getLocale()))));
        return respond(problems.withErrors(HttpStatus.BAD_REQUEST, "validation", "problem.validation", errors));
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException e) {
        List<Map<String, String>> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> Problems.fieldError(
                        result.getMethodParameter().getParameterName(),
                        messages.getMessage(error, LocaleContextHolder.getLocale()))))
                .collect(Collectors.toList());
        return respond(problems.withErrors(HttpStatus.BAD_REQUEST, "validation", "problem.validation", errors));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof JacksonException jackson) {
            return unreadableJson(jackson);
        }
        return respond(problems.create(HttpStatus.BAD_REQUEST, "malformed-json", problems.message("problem.body-missing")));
    }

    /** A body that parsed as JSON but does not fit the record (a PATCH read into a form), or did not parse. */
    @ExceptionHandler(JacksonException.class)
    ResponseEntity<ProblemDetail> unreadableJson(JacksonException e) {
        if (e instanceof DatabindException mismatch && !mismatch.getPath().isEmpty()) {
            String field = mismatch.getPath().stream()
                    .map(reference -> reference.getPropertyName() != null ? reference.getPropertyName()
                            : String.valueOf(reference.getIndex()))
                    .collect(Collectors.joining("."));
            return respond(problems.withErrors(HttpStatus.BAD_REQUEST, "validation", "problem.validation",
                    List.of(Problems.fieldError(field, problems.message("validation.type")))));
        }
        return respond(problems.create(HttpStatus.BAD_REQUEST, "malformed-json", problems.message("problem.malformed-json")));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        if (e.getParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class)) {
            // A malformed id names no record: the same answer as an unknown one.
            return respond(problems.of(new NotFoundException()));
        }
        return respond(problems.of(new BadRequestException("validation.type", e.getName())));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e) {
        return respond(problems.of(new BadRequestException("validation.required", e.getParameterName())));
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> staleVersion(ObjectOptimisticLockingFailureException e) {
        return respond(problems.of(new StaleVersionException()));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException e) {
        log.info("Refused by a database constraint: {}", e.getMostSpecificCause().getMessage());
        return respond(problems.of(new ConflictException("problem.constraint")));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
        return respond(problems.of(new ForbiddenException("problem.forbidden")));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e) {
        return respond(problems.create(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", problems.message("problem.method")));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
        return respond(problems.create(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", problems.message("problem.media-type")));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
        return respond(problems.create(HttpStatus.CONTENT_TOO_LARGE, "too-large", problems.message("problem.too-large")));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e) {
        return respond(problems.of(new NotFoundException()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected failure of {} {}", request.getMethod(), request.getRequestURI(), e);
        return respond(problems.create(HttpStatus.INTERNAL_SERVER_ERROR, "internal", problems.message("problem.internal")));
    }

    static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE)
                .body(problem);
    }
}
