package org.shangmen.app.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's own error answers (a request it refused before the application saw it: a NUL, an encoded
 * slash or backslash or invalid UTF-8 in the path, forbidden characters in the query, headers over the
 * size limit) as problem+json instead of Tomcat's HTML page. Errors inside the application never get
 * here: they are answered by the application's error page.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    private final ObjectProvider<ProblemResponses> problems;

    public ProblemErrorReportValve(ObjectProvider<ProblemResponses> problems) {
        this.problems = problems;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int statusCode = response.getStatus();
        if (statusCode < 400 || response.getContentWritten() > 0) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        HttpStatus status = HttpStatus.resolve(statusCode);
        if (status == null) {
            status = statusCode >= 500 ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.BAD_REQUEST;
        }
        String code = switch (status) {
            case NOT_FOUND -> "common.not-found";
            case METHOD_NOT_ALLOWED -> "common.method-not-allowed";
            case CONTENT_TOO_LARGE -> "common.payload-too-large";
            case REQUEST_HEADER_FIELDS_TOO_LARGE -> "common.headers-too-large";
            case URI_TOO_LONG -> "common.uri-too-long";
            default -> status.is5xxServerError() ? "common.internal" : "common.bad-request";
        };
        try {
            String body = problems.getObject().json(request, status, code);
            response.setContentType(ProblemResponses.PROBLEM_JSON.toString());
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            // the connection is gone or the answer was started elsewhere: nothing more can be said
        }
    }
}
