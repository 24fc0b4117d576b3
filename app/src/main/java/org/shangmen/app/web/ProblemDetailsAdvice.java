package org.shangmen.app.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.ErrorKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every failure inside Spring MVC into one problem+json answer with a stable code. Bad input is
 * always a 4xx; only a genuine defect is a 500, logged with its stack trace and answered generically.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    private final ProblemResponses problems;
    private final MessageSource messages;

    ProblemDetailsAdvice(ProblemResponses problems, MessageSource messages) {
        this.problems = problems;
        this.messages = messages;
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<Object> domain(DomainException ex, HttpServletRequest request) {
        HttpStatus status = switch (ex.kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_CONTENT;
            case TOO_MANY_REQUESTS -> HttpStatus.TOO_MANY_REQUESTS;
            case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
        };
        if (ex.kind() == ErrorKind.UNAVAILABLE) {
            log.warn("provider unavailable: {}", ex.code());
        }
        List<ProblemResponses.FieldProblem> fields = ex.fieldProblems().stream()
                .map(p -> new ProblemResponses.FieldProblem(p.field(), p.code(),
                        problems.message(request, "error." + p.code(), p.args(), p.code())))
                .toList();
        ResponseEntity<Object> answer = answer(request, status, ex.code(), ex.args(), fields);
        if (status == HttpStatus.TOO_MANY_REQUESTS) {
            return ResponseEntity.status(status).header(HttpHeaders.RETRY_AFTER, RetryAfter.forProblem(ex.code(), ex.args()))
                    .contentType(ProblemResponses.PROBLEM_JSON).body(answer.getBody());
        }
        return answer;
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(ConstraintViolationException ex, HttpServletRequest request) {
        List<ProblemResponses.FieldProblem> fields = ex.getConstraintViolations().stream()
                .map(v -> new ProblemResponses.FieldProblem(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        return answer(request, HttpStatus.BAD_REQUEST, "common.validation", new Object[0], fields);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Object> illegalArgument(IllegalArgumentException ex, HttpServletRequest request) {
        // A value object refused its input (a region code of five digits, a latitude of 91).
        log.debug("value refused: {}", ex.getClass().getSimpleName());
        return answer(request, HttpStatus.BAD_REQUEST, "common.invalid-value", new Object[0], List.of());
    }

    @ExceptionHandler({DataIntegrityViolationException.class, OptimisticLockingFailureException.class})
    ResponseEntity<Object> conflict(RuntimeException ex, HttpServletRequest request) {
        log.info("write refused by the database: {}", ex.getClass().getSimpleName());
        return answer(request, HttpStatus.CONFLICT, "common.conflict", new Object[0], List.of());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> denied(AccessDeniedException ex, HttpServletRequest request) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean anonymous = auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated();
        return anonymous
                ? answer(request, HttpStatus.UNAUTHORIZED, "common.unauthenticated", new Object[0], List.of())
                : answer(request, HttpStatus.FORBIDDEN, "common.forbidden", new Object[0], List.of());
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> multipart(MultipartException ex, HttpServletRequest request) {
        if (ex instanceof MaxUploadSizeExceededException) {
            return answer(request, HttpStatus.CONTENT_TOO_LARGE, "common.payload-too-large", new Object[0], List.of());
        }
        return answer(request, HttpStatus.BAD_REQUEST, "common.malformed-multipart", new Object[0], List.of());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex, HttpServletRequest request) {
        log.error("unexpected failure", ex);
        return answer(request, HttpStatus.INTERNAL_SERVER_ERROR, "common.internal", new Object[0], List.of());
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest webRequest) {
        HttpServletRequest request = ((NativeWebRequest) webRequest).getNativeRequest(HttpServletRequest.class);
        HttpStatus status = HttpStatus.valueOf(statusCode.value());
        String code;
        Object[] args = new Object[0];
        List<ProblemResponses.FieldProblem> fields = List.of();
        switch (ex) {
            case MethodArgumentNotValidException invalid -> {
                code = "common.validation";
                fields = invalid.getBindingResult().getFieldErrors().stream()
                        .map(e -> new ProblemResponses.FieldProblem(e.getField(), fieldMessage(e, request)))
                        .toList();
            }
            case HandlerMethodValidationException invalid -> {
                code = "common.validation";
                fields = invalid.getParameterValidationResults().stream()
                        .flatMap(r -> r.getResolvableErrors().stream()
                                .map(e -> new ProblemResponses.FieldProblem(
                                        r.getMethodParameter().getParameterName() == null ? "" : r.getMethodParameter().getParameterName(),
                                        messages.getMessage(e, webRequest.getLocale()))))
                        .toList();
            }
            case HttpMessageNotReadableException ignored -> code = "common.malformed-body";
            case TypeMismatchException mismatch -> {
                code = "common.type-mismatch";
                args = new Object[] {mismatch.getPropertyName() == null ? "" : mismatch.getPropertyName()};
            }
            case MissingServletRequestParameterException missing -> {
                code = "common.missing-parameter";
                args = new Object[] {missing.getParameterName()};
            }
            case MissingRequestHeaderException missing -> {
                code = "common.missing-header";
                args = new Object[] {missing.getHeaderName()};
            }
            case NoResourceFoundException ignored -> code = "common.not-found";
            case NoHandlerFoundException ignored -> code = "common.not-found";
            case HttpRequestMethodNotSupportedException ignored -> code = "common.method-not-allowed";
            case HttpMediaTypeNotSupportedException ignored -> code = "common.unsupported-media-type";
            case HttpMediaTypeNotAcceptableException ignored -> code = "common.not-acceptable";
            case MaxUploadSizeExceededException ignored -> code = "common.payload-too-large";
            default -> code = status.is5xxServerError() ? "common.internal" : "common.bad-request";
        }
        if (status.is5xxServerError()) {
            log.error("request failed", ex);
        }
        ProblemDetail problem = problems.problem(request, status, code, args, fields);
        return ResponseEntity.status(status).headers(headers).contentType(ProblemResponses.PROBLEM_JSON).body(problem);
    }

    private ResponseEntity<Object> answer(HttpServletRequest request, HttpStatus status, String code, Object[] args,
                                          List<ProblemResponses.FieldProblem> fields) {
        return ResponseEntity.status(status).contentType(ProblemResponses.PROBLEM_JSON)
                .body(problems.problem(request, status, code, args, fields));
    }

    private String fieldMessage(FieldError error, HttpServletRequest request) {
        return problems.message(request, "field." + error.getCode(), error.getArguments(),
                error.getDefaultMessage() == null ? error.getField() : error.getDefaultMessage());
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
