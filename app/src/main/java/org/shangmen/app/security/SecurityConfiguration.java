package org.shangmen.app.security;

import io.lettuce.core.RedisClient;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.shangmen.app.web.ProblemResponses;
import org.shangmen.identity.api.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Stateless bearer tokens. Closed by default: only the public catalogue, sign-in, documentation and
 * health are open; each side of the platform has its own role; operators' permissions are checked by
 * the admin module on top of the ADMIN role.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(RateLimitProperties.class)
class SecurityConfiguration {

    static final String ROLES_CLAIM = "roles";
    static final String PERMISSIONS_CLAIM = "perms";

    /**
     * The API answers JSON and files: nothing it serves may run a script, load anything or be framed,
     * so an uploaded file that is HTML in disguise stays inert even when opened in a browser.
     */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /**
     * Swagger UI loads its own scripts only (no inline script); its React views set style attributes,
     * which is the one thing allowed beyond 'self', and only on its own pages.
     */
    static final String SWAGGER_UI_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    private static final RequestMatcher SWAGGER_UI = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui.html"),
            PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**"));

    /**
     * Spring Security's filters, authentications and authorizations are not wrapped in observations: they
     * started, tagged and timed each of the dozen filters of every request for no dashboard (benchmarks
     * README, booking loop). Requests stay measured as {@code http.server.requests}.
     */
    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, ProblemResponses problems, RateLimitStore rateLimits,
                            RateLimitProperties rateLimitProperties) throws Exception {
        http.csrf(csrf -> csrf.disable())
                .addFilterBefore(RateLimitFilter.perAddress(rateLimits, rateLimitProperties, problems),
                        BearerTokenAuthenticationFilter.class)
                .addFilterAfter(RateLimitFilter.perAccount(rateLimits, rateLimitProperties, problems),
                        BearerTokenAuthenticationFilter.class)
                // No origin is allowed to read answers cross-site (the mini-program calls from WeChat, not from a web
                // origin). Said here, not left to Spring MVC: without a source, every request looked its handler up
                // an extra time to find the CORS configuration no handler has.
                .cors(cors -> cors.configurationSource(request -> null))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(b -> b.disable())
                .formLogin(f -> f.disable())
                .logout(l -> l.disable())
                .requestCache(c -> c.disable())
                .headers(h -> h
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(SWAGGER_UI,
                                new StaticHeadersWriter("Content-Security-Policy", SWAGGER_UI_POLICY)))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(SWAGGER_UI),
                                new StaticHeadersWriter("Content-Security-Policy", API_POLICY))))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/error").permitAll()
                        .requestMatchers("/api/v1/auth/me", "/api/v1/auth/me/**", "/api/v1/auth/logout", "/api/v1/auth/password", "/api/v1/auth/phone")
                        .authenticated()
                        .requestMatchers("/api/v1/public/**", "/api/v1/auth/**").permitAll()
                        // A signed, expiring link is itself the permission to read one document.
                        .requestMatchers("/api/v1/files/**").permitAll()
                        // Development outbox: the controller exists only in the dev and demo profiles.
                        .requestMatchers("/api/v1/dev/**").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/actuator/**").access(loopbackOrAdmin())
                        .requestMatchers("/api/v1/customer/**").hasRole(Role.CUSTOMER.name())
                        .requestMatchers("/api/v1/worker/**").hasRole(Role.WORKER.name())
                        .requestMatchers("/api/v1/admin/**").hasRole(Role.ADMIN.name())
                        // The signed-in account's own things (message centre, private messages), whatever its role.
                        .requestMatchers("/api/v1/me/**").authenticated()
                        .anyRequest().denyAll())
                .oauth2ResourceServer(rs -> rs
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(authenticationConverter()))
                        .authenticationEntryPoint((request, response, e) ->
                                problems.write(request, response, HttpStatus.UNAUTHORIZED, "common.unauthenticated"))
                        .accessDeniedHandler((request, response, e) ->
                                problems.write(request, response, HttpStatus.FORBIDDEN, "common.forbidden")))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint((request, response, e) ->
                                problems.write(request, response, HttpStatus.UNAUTHORIZED, "common.unauthenticated"))
                        .accessDeniedHandler((request, response, e) ->
                                problems.write(request, response, HttpStatus.FORBIDDEN, "common.forbidden")));
        return http.build();
    }

    /**
     * Counted in this instance's memory by default; {@code shangmen.rate-limit.store=redis} counts in Redis
     * ({@code shangmen.redis.url}), shared by every instance of a cluster.
     */
    @Bean
    @ConditionalOnMissingBean(RateLimitStore.class)
    RateLimitStore rateLimitStore(RateLimitProperties properties, Environment environment, ObjectProvider<RedisClient> redis) {
        String store = environment.getProperty("shangmen.rate-limit.store", "memory");
        return switch (store) {
            case "memory" -> new InMemoryRateLimitStore(properties.maxKeys());
            case "redis" -> new RedisRateLimitStore(redis.getObject());
            default -> throw new IllegalStateException("shangmen.rate-limit.store must be memory or redis, not " + store);
        };
    }

    /** Roles become {@code ROLE_CUSTOMER}…; operators' permissions become {@code PERM_finance}…. */
    static JwtAuthenticationConverter authenticationConverter() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        Converter<Jwt, Collection<GrantedAuthority>> authorities = jwt -> {
            List<GrantedAuthority> granted = new ArrayList<>();
            List<String> roles = jwt.getClaimAsStringList(ROLES_CLAIM);
            if (roles != null) {
                roles.forEach(r -> granted.add(new SimpleGrantedAuthority("ROLE_" + r)));
            }
            List<String> permissions = jwt.getClaimAsStringList(PERMISSIONS_CLAIM);
            if (permissions != null) {
                permissions.forEach(p -> granted.add(new SimpleGrantedAuthority("PERM_" + p)));
            }
            return granted;
        };
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        return converter;
    }

    /** Metrics are scraped from the host itself, or read by an operator. */
    private static AuthorizationManager<RequestAuthorizationContext> loopbackOrAdmin() {
        return (authentication, context) -> {
            boolean loopback;
            try {
                loopback = InetAddress.getByName(context.getRequest().getRemoteAddr()).isLoopbackAddress();
            } catch (UnknownHostException e) {
                loopback = false;
            }
            boolean admin = authentication.get() != null && authentication.get().getAuthorities().stream()
                    .anyMatch(a -> a.getAuthority().equals("ROLE_" + Role.ADMIN.name()));
            return new AuthorizationDecision(loopback || admin);
        };
    }
}
