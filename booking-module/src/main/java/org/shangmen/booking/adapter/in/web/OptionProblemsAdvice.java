package org.shangmen.booking.adapter.in.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.shangmen.booking.domain.FieldProblem;
import org.shangmen.booking.domain.OptionsRejected;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.LocaleResolver;

/**
 * C2.2: a basket whose options do not match their items is answered like every other refusal of the
 * platform (problem+json, code {@code booking.options-invalid}, a localised detail, the request id) plus
 * an {@code errors} list naming each field ({@code items[0].options.area}) with its own message.
 * Other exceptions go on to the platform's handler.
 */
@RestControllerAdvice(assignableTypes = {QuoteController.class, SlotController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class OptionProblemsAdvice {

    private static final String REQUEST_ID_HEADER = "X-Request-Id";

    private final MessageSource messages;
    private final LocaleResolver locales;

    OptionProblemsAdvice(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    @ExceptionHandler(OptionsRejected.class)
    ResponseEntity<ProblemDetail> rejected(OptionsRejected ex, HttpServletRequest request, HttpServletResponse response) {
        Locale locale = locales.resolveLocale(request);
        HttpStatus status = HttpStatus.BAD_REQUEST;
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create("urn:shangmen:problem:" + ex.code()));
        problem.setTitle(messages.getMessage("status." + status.value(), null, status.getReasonPhrase(), locale));
        problem.setDetail(messages.getMessage("error." + ex.code(), ex.args(), ex.code(), locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("code", ex.code());
        String requestId = response.getHeader(REQUEST_ID_HEADER);
        if (requestId != null) {
            problem.setProperty("requestId", requestId);
        }
        List<Map<String, String>> errors = ex.problems().stream()
                .map(p -> Map.of("field", p.field(), "code", p.code(), "message", message(p, locale)))
                .toList();
        problem.setProperty("errors", errors);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private String message(FieldProblem p, Locale locale) {
        return messages.getMessage("error." + p.code(), p.messageArgs(), p.code(), locale);
    }
}
