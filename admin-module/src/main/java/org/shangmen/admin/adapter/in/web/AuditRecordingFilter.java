package org.shangmen.admin.adapter.in.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.shangmen.admin.application.port.in.RecordOperatorAction;
import org.shangmen.admin.domain.AuditEntry;
import org.shangmen.identity.api.OperatorAdministration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ContentCachingRequestWrapper;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one place operator actions are recorded: every POST, PUT, PATCH and DELETE under
 * {@code /api/v1/admin/} that passed authentication, whatever its controller, with its outcome. It runs
 * inside the security chain's hand-over, so the signed-in operator is known, and outside the handler, so
 * a refused or failed action is recorded too. The route pattern and its variables are the ones Spring MVC
 * matched; the client address is the connection's as the server resolved it (forwarded only by trusted proxies).
 */
class AuditRecordingFilter extends OncePerRequestFilter {

    static final String ADMIN_PREFIX = "/api/v1/admin/";
    private static final Set<String> CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final int BODY_LIMIT = 256 * 1024;
    private static final Logger log = LoggerFactory.getLogger(AuditRecordingFilter.class);

    private final RecordOperatorAction recorder;
    private final OperatorAdministration operators;
    private final JsonMapper json;
    private final Clock clock;
    private final Map<UUID, String> names = new ConcurrentHashMap<>();

    AuditRecordingFilter(RecordOperatorAction recorder, OperatorAdministration operators, JsonMapper json, Clock clock) {
        this.recorder = recorder;
        this.operators = operators;
        this.json = json;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !CHANGING.contains(request.getMethod()) || !request.getRequestURI().startsWith(ADMIN_PREFIX);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        ContentCachingRequestWrapper req = new ContentCachingRequestWrapper(request, BODY_LIMIT);
        ContentCachingResponseWrapper res = new ContentCachingResponseWrapper(response);
        int status = 500;
        org.shangmen.kernel.AuditedChange.take();
        try {
            chain.doFilter(req, res);
            status = res.getStatus();
        } finally {
            try {
                record(req, res, auth, status);
            } catch (RuntimeException e) {
                // The action has happened; a failure to record it must be loud in the log, never silent.
                log.error("audit entry for {} {} could not be stored", request.getMethod(), request.getRequestURI(), e);
            }
            res.copyBodyToResponse();
        }
    }

    private void record(ContentCachingRequestWrapper req, ContentCachingResponseWrapper res, Authentication auth, int status) {
        // A request no handler matched (404) is logged under its own path, cut to the column's size.
        String route = cut(req.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE) instanceof String pattern
                ? pattern : req.getRequestURI(), 300);
        @SuppressWarnings("unchecked")
        Map<String, String> variables = req.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> v
                ? (Map<String, String>) v : Map.of();
        Map<String, String> objects = new java.util.TreeMap<>();
        variables.forEach((name, value) -> objects.put(cut(name, 40), cut(value, 100)));
        UUID operator = auth == null ? null : parse(auth.getName());
        Set<String> permissions = new TreeSet<>();
        if (auth != null) {
            for (GrantedAuthority a : auth.getAuthorities()) {
                if (a.getAuthority() != null && a.getAuthority().startsWith("PERM_")) {
                    permissions.add(a.getAuthority().substring("PERM_".length()));
                }
            }
        }
        boolean personNames = !route.startsWith(ADMIN_PREFIX + "catalogue") && !route.startsWith(ADMIN_PREFIX + "promotions");
        recorder.record(new AuditEntry(UUID.randomUUID(), clock.instant(), operator, operator == null ? null : name(operator),
                permissions, req.getMethod(), route, cut(AuditEntry.actionOf(req.getMethod(), route), 200), objects, status,
                req.getRemoteAddr(),
                AuditBodies.masked(json, req.getContentAsByteArray(), req.getContentType(), personNames),
                AuditBodies.masked(json, res.getContentAsByteArray(), res.getContentType(), personNames),
                org.shangmen.kernel.AuditedChange.take().orElse(null)));
    }

    private String name(UUID operator) {
        String known = names.get(operator);
        if (known != null) {
            return known;
        }
        operators.operators().forEach(o -> names.put(o.id(), o.username()));
        return names.get(operator);
    }

    private static String cut(String value, int max) {
        return value.length() > max ? value.substring(0, max) : value;
    }

    private static UUID parse(String subject) {
        try {
            return UUID.fromString(subject);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
