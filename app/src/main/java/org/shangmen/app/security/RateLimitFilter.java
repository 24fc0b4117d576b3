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
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every API request counts against its client address before its bearer token is even read, and, once
 * the token is checked, against its account; past either allowance the answer is 429 problem+json with
 * {@code Retry-After}. One instance of each kind sits on either side of the bearer token filter.
 */
final class RateLimitFilter extends OncePerRequestFilter {

    private static final Logger security = LoggerFactory.getLogger("shangmen.security");

    private final RateLimitStore store;
    private final RateLimitProperties properties;
    private final ProblemResponses problems;
    private final boolean perAccount;

    private RateLimitFilter(RateLimitStore store, RateLimitProperties properties, ProblemResponses problems, boolean perAccount) {
        this.store = store;
        this.properties = properties;
        this.problems = problems;
        this.perAccount = perAccount;
    }

    static RateLimitFilter perAddress(RateLimitStore store, RateLimitProperties properties, ProblemResponses problems) {
        return new RateLimitFilter(store, properties, problems, false);
    }

    static RateLimitFilter perAccount(RateLimitStore store, RateLimitProperties properties, ProblemResponses problems) {
        return new RateLimitFilter(store, properties, problems, true);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !properties.enabled() || !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected String getAlreadyFilteredAttributeName() {
        return super.getAlreadyFilteredAttributeName() + (perAccount ? ".account" : ".address");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Duration> wait = Optional.empty();
        if (!perAccount) {
            wait = store.take("address:" + request.getRemoteAddr(),
                    new RateLimitStore.Allowance(properties.perAddress(), properties.period()));
        } else if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken jwt) {
            wait = store.take("account:" + jwt.getToken().getSubject(),
                    new RateLimitStore.Allowance(properties.perAccount(), properties.period()));
        }
        if (wait.isPresent()) {
            security.warn("request refused: rate limit per {}", perAccount ? "account" : "address");
            response.setHeader(HttpHeaders.RETRY_AFTER, RetryAfter.seconds(wait.get()));
            problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "common.rate-limited");
            return;
        }
        chain.doFilter(request, response);
    }
}
