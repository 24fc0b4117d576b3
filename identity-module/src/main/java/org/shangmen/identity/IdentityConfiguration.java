package org.shangmen.identity;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.shangmen.identity.application.AccountDirectoryService;
import org.shangmen.identity.application.AccountService;
import org.shangmen.identity.application.OperatorAccountService;
import org.shangmen.identity.application.SocialLinkService;
import org.shangmen.identity.application.AttemptLedger;
import org.shangmen.identity.application.CodeService;
import org.shangmen.identity.application.ContactService;
import org.shangmen.identity.application.PasswordService;
import org.shangmen.identity.application.RegistrationService;
import org.shangmen.identity.application.SessionService;
import org.shangmen.identity.application.SignInService;
import org.shangmen.identity.application.port.in.CheckSession;
import org.shangmen.identity.application.port.out.AccessTokens;
import org.shangmen.identity.application.port.out.AccountStore;
import org.shangmen.identity.application.port.out.CodeStore;
import org.shangmen.identity.application.port.out.MailSender;
import org.shangmen.identity.application.port.out.OneTimeTokenStore;
import org.shangmen.identity.application.port.out.PasswordHasher;
import org.shangmen.identity.application.port.out.SessionStore;
import org.shangmen.identity.application.port.out.SignInFailureLog;
import org.shangmen.identity.application.port.out.SmsSender;
import org.shangmen.identity.application.port.out.SocialLogin;
import org.shangmen.identity.adapter.out.token.VerifiedTokens;
import org.shangmen.kernel.FieldCipher;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.MappedJwtClaimSetConverter;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/** The identity module's use cases and the keys that sign and verify access tokens. */
@Configuration(proxyBeanMethods = false)
class IdentityConfiguration {

    private final SecretKey tokenKey;
    private final String publicBaseUrl;

    IdentityConfiguration(@Value("${shangmen.identity.token.secret:}") String secret,
                          @Value("${shangmen.identity.public-base-url:http://localhost:8080}") String publicBaseUrl) {
        byte[] key = secret.isBlank() ? new byte[0] : decode(secret);
        if (key.length < 32) {
            throw new IllegalStateException("shangmen.identity.token.secret (SHANGMEN_TOKEN_SECRET) must be set to at least "
                    + "32 random bytes, base64-encoded; generate one with: openssl rand -base64 48");
        }
        this.tokenKey = new SecretKeySpec(key, "HmacSHA256");
        this.publicBaseUrl = publicBaseUrl;
    }

    /**
     * Verifies signature and expiry, then finds the token's session on the server: it must be live and
     * belong to the token's subject. The request acts with the session's account and that account's
     * roles and permissions as stored now; the token's own role and permission claims are never trusted,
     * so signing out, a password change, a disabled account or a withdrawn permission take effect at once.
     */
    @Bean
    JwtDecoder jwtDecoder(ObjectProvider<CheckSession> sessions, Clock clock) {
        NimbusJwtDecoder signed = NimbusJwtDecoder.withSecretKey(tokenKey).macAlgorithm(MacAlgorithm.HS256).build();
        JwtTimestampValidator expiry = new JwtTimestampValidator(java.time.Duration.ofSeconds(30));
        expiry.setClock(clock);
        signed.setJwtValidator(new DelegatingOAuth2TokenValidator<Jwt>(expiry, new JwtIssuerValidator("shangmen")));
        // Our issuer is a name, not a URL: the default converter would try (and fail, with an exception) to read it as one on every request.
        signed.setClaimSetConverter(MappedJwtClaimSetConverter.withDefaults(
                java.util.Map.of(JwtClaimNames.ISS, issuer -> issuer == null ? null : issuer.toString())));
        // Each token's signature is checked once; its lifetime and its session on every request.
        JwtDecoder verified = new VerifiedTokens(signed, expiry, 10_000);
        return token -> {
            Jwt jwt = verified.decode(token);
            CheckSession.LiveSession live = liveSession(sessions.getObject(), jwt.getClaimAsString("sid"))
                    .orElseThrow(() -> new BadJwtException("session ended"));
            if (!live.accountId().toString().equals(jwt.getSubject())) {
                throw new BadJwtException("token does not belong to its session");
            }
            return Jwt.withTokenValue(jwt.getTokenValue())
                    .headers(h -> h.putAll(jwt.getHeaders()))
                    .claims(c -> {
                        c.putAll(jwt.getClaims());
                        c.put("roles", List.copyOf(new TreeSet<>(live.roles())));
                        c.put("perms", List.copyOf(new TreeSet<>(live.permissions())));
                        c.put("pwd_change", live.passwordChangeRequired());
                    })
                    .build();
        };
    }

    private static Optional<CheckSession.LiveSession> liveSession(CheckSession sessions, String sid) {
        if (sid == null) {
            return Optional.empty();
        }
        try {
            return sessions.live(UUID.fromString(sid));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    @Bean
    JwtEncoder jwtEncoder() {
        return new NimbusJwtEncoder(new ImmutableSecret<>(tokenKey));
    }

    @Bean
    AttemptLedger attemptLedger(AccountStore accounts, CodeStore codes, SignInFailureLog failures, Clock clock) {
        return new AttemptLedger(accounts, codes, failures, clock);
    }

    @Bean
    CodeService codeService(CodeStore codes, AccountStore accounts, SmsSender sms, FieldCipher cipher, AttemptLedger ledger, Clock clock) {
        return new CodeService(codes, accounts, sms, cipher, ledger, clock);
    }

    @Bean
    SessionService sessionService(SessionStore sessions, AccountStore accounts, AccessTokens tokens, Clock clock) {
        return new SessionService(sessions, accounts, tokens, clock);
    }

    @Bean
    RegistrationService registrationService(AccountStore accounts, CodeService codes, AttemptLedger ledger, SessionService sessions,
                                            OneTimeTokenStore links, PasswordHasher hasher, MailSender mail,
                                            ApplicationEventPublisher events, Clock clock) {
        return new RegistrationService(accounts, codes, ledger, sessions, links, hasher, mail, events, clock, publicBaseUrl);
    }

    @Bean
    SignInService signInService(AccountStore accounts, CodeService codes, SessionService sessions, PasswordHasher hasher,
                                SocialLogin social, AttemptLedger ledger, SignInFailureLog failures, FieldCipher cipher,
                                ApplicationEventPublisher events, Clock clock) {
        return new SignInService(accounts, codes, sessions, hasher, social, ledger, failures, cipher, events, clock);
    }

    @Bean
    PasswordService passwordService(AccountStore accounts, CodeService codes, SessionService sessions, RegistrationService registration,
                                    OneTimeTokenStore links, PasswordHasher hasher, MailSender mail, Clock clock) {
        return new PasswordService(accounts, codes, sessions, registration, links, hasher, mail, clock, publicBaseUrl);
    }

    @Bean
    org.shangmen.identity.application.AccountPersonalData accountPersonalData(AccountStore accounts) {
        return new org.shangmen.identity.application.AccountPersonalData(accounts);
    }

    @Bean
    org.shangmen.identity.application.ClosureService closureService(AccountStore accounts, SessionStore sessions, CodeService codes,
            PasswordHasher hasher, ApplicationEventPublisher events, Clock clock) {
        return new org.shangmen.identity.application.ClosureService(accounts, sessions, codes, hasher, events, clock);
    }

    @Bean
    AccountService accountService(AccountStore accounts, CodeService codes, PasswordHasher hasher, ApplicationEventPublisher events,
                                  Clock clock) {
        return new AccountService(accounts, codes, hasher, events, clock);
    }

    @Bean
    org.shangmen.identity.application.BirthYearService birthYearService(
            org.shangmen.identity.application.port.out.BirthYearStore store, ApplicationEventPublisher events, Clock clock) {
        return new org.shangmen.identity.application.BirthYearService(store, events, clock);
    }

    @Bean
    SocialLinkService socialLinkService(AccountStore accounts, SocialLogin social, AccountService ownAccount) {
        return new SocialLinkService(accounts, social, ownAccount);
    }

    @Bean
    AccountDirectoryService accountDirectoryService(AccountStore accounts) {
        return new AccountDirectoryService(accounts);
    }

    @Bean
    OperatorAccountService operatorAccountService(AccountStore accounts, PasswordHasher hasher, Clock clock) {
        return new OperatorAccountService(accounts, hasher, clock);
    }

    @Bean
    ContactService contactService(AccountStore accounts, SmsSender sms, SocialLogin social) {
        return new ContactService(accounts, sms, social::weChatAppId);
    }

    private static byte[] decode(String secret) {
        try {
            return Base64.getDecoder().decode(secret.trim());
        } catch (IllegalArgumentException notBase64) {
            return secret.getBytes(StandardCharsets.UTF_8);
        }
    }
}
