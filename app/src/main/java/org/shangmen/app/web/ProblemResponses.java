package org.shangmen.app.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds every error answer of the platform: RFC 9457 problem+json with a stable {@code code}, a
 * human {@code detail} in Chinese (English with {@code Accept-Language: en}) and the request id.
 * Never a stack trace, an exception message or a class name.
 */
@Component
public class ProblemResponses {

    public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;

    ProblemResponses(MessageSource messages, LocaleResolver locales, JsonMapper json) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    /** One invalid field of a request; {@code code} is the machine code of the problem when there is one. */
    public record FieldProblem(String field, String code, String message) {
        public FieldProblem(String field, String message) {
            this(field, null, message);
        }
    }

    public ProblemDetail problem(HttpServletRequest request, HttpStatus status, String code, Object[] args,
                                 List<FieldProblem> fieldProblems) {
        Locale locale = locales.resolveLocale(request);
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create("urn:shangmen:problem:" + code));
        problem.setTitle(messages.getMessage("status." + status.value(), null, status.getReasonPhrase(), locale));
        problem.setDetail(messages.getMessage("error." + code, args, genericDetail(status, locale), locale));
        instance(request).ifPresent(problem::setInstance);
        problem.setProperty("code", code);
        String requestId = RequestIdFilter.of(request);
        if (requestId != null) {
            problem.setProperty("requestId", requestId);
        }
        if (fieldProblems != null && !fieldProblems.isEmpty()) {
            problem.setProperty("errors", fieldProblems.stream()
                    .map(p -> p.code() == null ? Map.of("field", p.field(), "message", p.message())
                            : Map.of("field", p.field(), "code", p.code(), "message", p.message()))
                    .toList());
        }
        return problem;
    }

    public String message(HttpServletRequest request, String key, Object[] args, String fallback) {
        return messages.getMessage(key, args, fallback, locales.resolveLocale(request));
    }

    /** For answers written outside Spring MVC: security filters and the servlet container's error page. */
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code)
            throws IOException {
        ProblemDetail problem = problem(request, status, code, new Object[0], List.of());
        response.setStatus(status.value());
        response.setContentType(PROBLEM_JSON.toString());
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }

    /** The problem as JSON text, for answers written by the servlet container itself. */
    public String json(HttpServletRequest request, HttpStatus status, String code) {
        return json.writeValueAsString(problem(request, status, code, new Object[0], List.of()));
    }

    /** The request's path, when it is one: a request refused for its path may not have a usable one. */
    private static java.util.Optional<URI> instance(HttpServletRequest request) {
        String path = request.getRequestURI();
        if (path == null || path.isEmpty() || path.indexOf('\0') >= 0) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(URI.create(path));
        } catch (IllegalArgumentException notAUri) {
            return java.util.Optional.empty();
        }
    }

    private String genericDetail(HttpStatus status, Locale locale) {
        String key = status.is5xxServerError() ? "error.common.internal" : "error.common.bad-request";
        return messages.getMessage(key, null, status.getReasonPhrase(), locale);
    }
}
