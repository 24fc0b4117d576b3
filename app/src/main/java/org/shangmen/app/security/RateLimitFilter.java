package org.shangmen.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.shangmen.app.web.ProblemResponses;
import org.shangmen.app.web.RetryAfter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every API request counts against its client address and, once the bearer token is checked, against
 * its account; past either allowance the answer is 429 problem+json with {@code Retry-After}.
 */
class RateLimitFilter extends OncePerRequestFilter {

    private static final Logger security = LoggerFactory.getLogger("shangmen.security");

    private final RateLimitStore store;
    private final RateLimitProperties properties;
    private final ProblemResponses problems;

    RateLimitFilter(RateLimitStore store, RateLimitProperties properties, ProblemResponses problems) {
        this.store = store;
        this.properties = properties;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !properties.enabled() || !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Duration> wait = store.take("address:" + request.getRemoteAddr(),
                new RateLimitStore.Allowance(properties.perAddress(), properties.period()));
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (wait.isEmpty() && auth instanceof JwtAuthenticationToken jwt) {
            wait = store.take("account:" + jwt.getToken().getSubject(),
                    new RateLimitStore.Allowance(properties.perAccount(), properties.period()));
        }
        if (wait.isPresent()) {
            security.warn("request refused: rate limit");
            response.setHeader(HttpHeaders.RETRY_AFTER, RetryAfter.seconds(wait.get()));
            problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "common.rate-limited");
            return;
        }
        chain.doFilter(request, response);
    }
}
