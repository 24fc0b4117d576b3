package org.shangmen.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before any controller or database sees them, requests whose text the platform cannot keep:
 * a NUL character in the path, a query parameter, a form field, a part's file name or any JSON string
 * (PostgreSQL cannot store it), a form body with a bad escape, a multipart body that cannot be parsed,
 * and bodies over the size limits. Each is a 4xx problem+json; the body of an accepted JSON request is
 * passed on as it was read.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestTextFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestTextFilter.class);

    private final ProblemResponses problems;
    private final int maxJsonBytes;

    RequestTextFilter(ProblemResponses problems, @Value("${shangmen.web.max-json-body:2MB}") org.springframework.util.unit.DataSize maxJson) {
        this.problems = problems;
        this.maxJsonBytes = (int) Math.min(Integer.MAX_VALUE - 8, maxJson.toBytes());
    }

    private static final class Refused extends Exception {
        final HttpStatus status;
        final String code;

        Refused(HttpStatus status, String code) {
            super(code, null, false, false);
            this.status = status;
            this.code = code;
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpServletRequest checked;
        try {
            checked = check(request);
        } catch (Refused refused) {
            log.info("request refused before handling: {}", refused.code);
            problems.write(request, response, refused.status, refused.code);
            response.flushBuffer();
            return;
        }
        chain.doFilter(checked, response);
    }

    private HttpServletRequest check(HttpServletRequest request) throws Refused, IOException {
        if (hasNul(request.getRequestURI()) || hasNul(request.getServletPath()) || hasNul(request.getPathInfo())) {
            throw new Refused(HttpStatus.BAD_REQUEST, "common.nul-character");
        }
        String contentType = request.getContentType() == null ? "" : request.getContentType().toLowerCase(java.util.Locale.ROOT);
        if (contentType.startsWith("multipart/")) {
            checkParts(request);
        }
        checkParameters(request);
        if (isJson(contentType)) {
            return jsonChecked(request);
        }
        return request;
    }

    private void checkParameters(HttpServletRequest request) throws Refused {
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (InvalidParameterException bad) {
            throw bad.getErrorCode() == HttpStatus.CONTENT_TOO_LARGE.value()
                    ? new Refused(HttpStatus.CONTENT_TOO_LARGE, "common.payload-too-large")
                    : new Refused(HttpStatus.BAD_REQUEST, malformed(request));
        } catch (IllegalStateException bad) {
            throw new Refused(HttpStatus.BAD_REQUEST, malformed(request));
        }
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (hasNul(parameter.getKey())) {
                throw new Refused(HttpStatus.BAD_REQUEST, "common.nul-character");
            }
            for (String value : parameter.getValue()) {
                if (hasNul(value)) {
                    throw new Refused(HttpStatus.BAD_REQUEST, "common.nul-character");
                }
            }
        }
    }

    /** A bad escape in a form body, or else in the query. */
    private static String malformed(HttpServletRequest request) {
        String contentType = request.getContentType();
        return contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")
                ? "common.malformed-form" : "common.malformed-query";
    }

    private void checkParts(HttpServletRequest request) throws Refused {
        Collection<Part> parts;
        try {
            parts = request.getParts();
        } catch (IOException | ServletException | RuntimeException bad) {
            throw tooLarge(bad) ? new Refused(HttpStatus.CONTENT_TOO_LARGE, "common.payload-too-large")
                    : new Refused(HttpStatus.BAD_REQUEST, "common.malformed-multipart");
        }
        for (Part part : parts) {
            if (hasNul(part.getName()) || hasNul(part.getSubmittedFileName()) || hasNul(part.getContentType())) {
                throw new Refused(HttpStatus.BAD_REQUEST, "common.nul-character");
            }
        }
    }

    private static boolean tooLarge(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String name = t.getClass().getSimpleName();
            if (name.contains("SizeLimitExceeded") || name.contains("SizeException")) {
                return true;
            }
            if (t == t.getCause()) {
                break;
            }
        }
        return false;
    }

    private HttpServletRequest jsonChecked(HttpServletRequest request) throws Refused, IOException {
        if (request.getContentLengthLong() > maxJsonBytes) {
            throw new Refused(HttpStatus.CONTENT_TOO_LARGE, "common.payload-too-large");
        }
        byte[] body = readAtMost(request.getInputStream(), maxJsonBytes);
        if (body == null) {
            throw new Refused(HttpStatus.CONTENT_TOO_LARGE, "common.payload-too-large");
        }
        if (jsonHasNul(body)) {
            throw new Refused(HttpStatus.BAD_REQUEST, "common.nul-character");
        }
        return new CachedBody(request, body);
    }

    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int read;
        while ((read = in.read(buffer)) != -1) {
            if (out.size() + read > limit) {
                return null;
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }

    /** A raw NUL byte, or the escape {@code \u0000} that is not itself an escaped backslash followed by text. */
    static boolean jsonHasNul(byte[] body) {
        for (int i = 0; i < body.length; i++) {
            if (body[i] == 0) {
                return true;
            }
            if (body[i] == '\\') {
                if (i + 5 < body.length && body[i + 1] == 'u' && body[i + 2] == '0' && body[i + 3] == '0'
                        && body[i + 4] == '0' && body[i + 5] == '0') {
                    return true;
                }
                i++; // skip the escaped character, so "\\u0000" (a backslash, then text) is not taken for NUL
            }
        }
        return false;
    }

    private static boolean isJson(String contentType) {
        return contentType.startsWith("application/json") || contentType.matches("application/[a-z0-9.+-]*\\+json.*");
    }

    private static boolean hasNul(String text) {
        return text != null && text.indexOf('\0') >= 0;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return true;
    }

    /** The request again, its body the bytes already read. */
    private static final class CachedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body was read already");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body),
                    encoding == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(encoding)));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
