package org.shangmen.identity.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.shangmen.identity.application.port.in.CheckSession;
import org.shangmen.identity.application.port.in.CheckSession.LiveSession;
import org.shangmen.identity.application.port.in.SignedIn;
import org.shangmen.identity.application.port.out.AccessTokens;
import org.shangmen.identity.application.port.out.AccountStore;
import org.shangmen.identity.application.port.out.SessionStore;
import org.shangmen.identity.application.port.out.SessionStore.RefreshToken;
import org.shangmen.identity.application.port.out.SessionStore.Session;
import org.shangmen.identity.domain.Account;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.ErrorKind;
import org.shangmen.kernel.Ids;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in sessions: access tokens live 15 minutes; each session has one family of rotating refresh
 * tokens, living 30 days with "remember me" and 12 hours without. A refresh token works once;
 * presenting a used one again means it was stolen, and ends the session for everyone holding it.
 */
public class SessionService implements CheckSession {

    public static final Duration ACCESS_TOKEN_LIFETIME = Duration.ofMinutes(15);
    public static final Duration REMEMBERED_SESSION = Duration.ofDays(30);
    public static final Duration PLAIN_SESSION = Duration.ofHours(12);

    private static final Logger security = LoggerFactory.getLogger("shangmen.security");

    private final SessionStore sessions;
    private final AccountStore accounts;
    private final AccessTokens accessTokens;
    private final Clock clock;

    public SessionService(SessionStore sessions, AccountStore accounts, AccessTokens accessTokens, Clock clock) {
        this.sessions = sessions;
        this.accounts = accounts;
        this.accessTokens = accessTokens;
        this.clock = clock;
    }

    /** Opens a session for an account that has just proved who it is. */
    SignedIn open(Account account, boolean rememberMe, boolean newAccount) {
        Instant now = clock.instant();
        Session session = new Session(Ids.newId(clock), account.id(), rememberMe, now,
                now.plus(rememberMe ? REMEMBERED_SESSION : PLAIN_SESSION), Optional.empty());
        sessions.insert(session);
        security.info("signed in: account={} rememberMe={}", account.id(), rememberMe);
        return issue(account, session, now, newAccount);
    }

    @Transactional(noRollbackFor = DomainException.class)
    public SignedIn refresh(String refreshToken) {
        if (!OpaqueTokens.looksValid(refreshToken)) {
            throw new DomainException(ErrorKind.UNAUTHENTICATED, "identity.refresh-invalid");
        }
        Instant now = clock.instant();
        String hash = OpaqueTokens.hash(refreshToken);
        RefreshToken token = sessions.refreshToken(hash)
                .orElseThrow(() -> new DomainException(ErrorKind.UNAUTHENTICATED, "identity.refresh-invalid"));
        Session session = sessions.session(token.sessionId()).orElseThrow();
        if (token.usedAt().isPresent() || !sessions.useRefreshToken(hash, now)) {
            sessions.revoke(session.id(), "refresh-token-reuse", now);
            security.warn("refresh token replayed: session {} revoked", session.id());
            throw new DomainException(ErrorKind.UNAUTHENTICATED, "identity.refresh-reused");
        }
        if (!session.isLive(now) || !token.expiresAt().isAfter(now)) {
            throw new DomainException(ErrorKind.UNAUTHENTICATED, "identity.session-ended");
        }
        Account account = accounts.byId(session.accountId()).orElseThrow();
        if (account.status() != Account.Status.ACTIVE) {
            sessions.revoke(session.id(), "account-disabled", now);
            throw DomainException.forbidden("identity.account-disabled");
        }
        return issue(account, session, now, false);
    }

    @Transactional
    public void signOut(UUID sessionId) {
        sessions.revoke(sessionId, "sign-out", clock.instant());
        security.info("signed out: session={}", sessionId);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void revokeAll(UUID accountId, String reason) {
        int revoked = sessions.revokeAllOf(accountId, reason, clock.instant());
        security.info("sessions revoked: account={} count={} reason={}", accountId, revoked, reason);
    }

    /**
     * Checked on every signed-in request: one statement, outside any transaction (a transaction of its own
     * added a commit to every request for nothing a single read needs).
     */
    @Override
    public Optional<LiveSession> live(UUID sessionId) {
        Instant now = clock.instant();
        return sessions.access(sessionId)
                .filter(a -> a.session().isLive(now) && a.accountActive())
                .map(a -> new LiveSession(sessionId, a.session().accountId(), a.roles(),
                        a.passwordChangeRequired() ? java.util.Set.of() : a.permissions(), a.passwordChangeRequired()));
    }

    private SignedIn issue(Account account, Session session, Instant now, boolean newAccount) {
        String refresh = OpaqueTokens.newToken();
        sessions.insertRefreshToken(new RefreshToken(OpaqueTokens.hash(refresh), session.id(), session.expiresAt(), Optional.empty()), now);
        Instant accessExpiry = now.plus(ACCESS_TOKEN_LIFETIME);
        if (accessExpiry.isAfter(session.expiresAt())) {
            accessExpiry = session.expiresAt();
        }
        String access = accessTokens.issue(account.id(), session.id(),
                account.roles().stream().map(Enum::name).collect(Collectors.toSet()),
                account.effectivePermissions(), account.passwordChangeRequired(), now, accessExpiry);
        return new SignedIn(account.id(), account.roles(), access, now, accessExpiry, refresh, session.expiresAt(),
                account.passwordChangeRequired(), newAccount, account.phone().map(p -> p.masked()));
    }
}
