package org.shangmen.app.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The servlet container's error page (failures before Spring MVC, such as a body over the size limit)
 * answers problem+json too, never the default white-label page or a stack trace.
 */
@RestController
class ProblemErrorController implements ErrorController {

    private final ProblemResponses problems;

    ProblemErrorController(ProblemResponses problems) {
        this.problems = problems;
    }

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // asked for directly (no error dispatch): there is nothing at this path
        HttpStatus status = code == null ? HttpStatus.NOT_FOUND
                : code instanceof Integer i && HttpStatus.resolve(i) != null ? HttpStatus.valueOf(i) : HttpStatus.INTERNAL_SERVER_ERROR;
        String problemCode = switch (status) {
            case NOT_FOUND -> "common.not-found";
            case METHOD_NOT_ALLOWED -> "common.method-not-allowed";
            case CONTENT_TOO_LARGE -> "common.payload-too-large";
            case UNAUTHORIZED -> "common.unauthenticated";
            case FORBIDDEN -> "common.forbidden";
            default -> status.is5xxServerError() ? "common.internal" : "common.bad-request";
        };
        return ResponseEntity.status(status).contentType(ProblemResponses.PROBLEM_JSON)
                .body(problems.problem(request, status, problemCode, new Object[0], List.of()));
    }
}
