package org.shangmen.identity.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.shangmen.identity.api.Role;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.ErrorKind;

/**
 * Someone who can sign in: a customer, a worker, an operator, or several of these. Proves who they
 * are by password, SMS code, e-mail link or a social provider. Five wrong passwords in a row lock the
 * account for fifteen minutes (a soft lock that ends by itself).
 */
public record Account(
        UUID id,
        Set<Role> roles,
        Status status,
        Optional<PhoneNumber> phone,
        Optional<EmailAddress> email,
        boolean emailVerified,
        Optional<String> username,
        Optional<String> passwordHash,
        int failedLogins,
        Optional<Instant> lockedUntil,
        boolean passwordChangeRequired,
        Set<String> permissions,
        Instant createdAt) {

    public static final int MAX_FAILED_LOGINS = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    public enum Status { ACTIVE, DISABLED }

    public Account {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        permissions = Set.copyOf(new TreeSet<>(permissions));
    }

    public static Account register(UUID id, Role role, Optional<PhoneNumber> phone, Optional<EmailAddress> email,
                                   Optional<String> passwordHash, boolean emailVerified, Instant now) {
        if (role == Role.ADMIN) {
            throw DomainException.forbidden("identity.role-not-self-service");
        }
        return new Account(id, Set.of(role), Status.ACTIVE, phone, email, emailVerified, Optional.empty(), passwordHash,
                0, Optional.empty(), false, Set.of(), now);
    }

    public static Account operator(UUID id, String username, String passwordHash, Set<String> permissions, Instant now) {
        return new Account(id, Set.of(Role.ADMIN), Status.ACTIVE, Optional.empty(), Optional.empty(), false,
                Optional.of(username), Optional.of(passwordHash), 0, Optional.empty(), true, permissions, now);
    }

    public boolean isLocked(Instant now) {
        return lockedUntil.map(now::isBefore).orElse(false);
    }

    /** Refuses a sign-in attempt while the account is disabled or locked, saying for how long. */
    public void ensureMaySignIn(Instant now) {
        if (status == Status.DISABLED) {
            throw DomainException.forbidden("identity.account-disabled");
        }
        if (isLocked(now)) {
            long minutes = Math.max(1, (Duration.between(now, lockedUntil.orElseThrow()).toSeconds() + 59) / 60);
            throw new DomainException(ErrorKind.FORBIDDEN, "identity.account-locked", minutes);
        }
    }

    /** A wrong password: the fifth in a row locks the account; a lock that has run out starts a new count. */
    public Account failedSignIn(Instant now) {
        int count = lockedUntil.isPresent() && !isLocked(now) ? 1 : failedLogins + 1;
        Optional<Instant> lock = count >= MAX_FAILED_LOGINS ? Optional.of(now.plus(LOCK_DURATION)) : lockedUntil.filter(l -> isLocked(now));
        return new Account(id, roles, status, phone, email, emailVerified, username, passwordHash, count, lock,
                passwordChangeRequired, permissions, createdAt);
    }

    public Account succeededSignIn() {
        return new Account(id, roles, status, phone, email, emailVerified, username, passwordHash, 0, Optional.empty(),
                passwordChangeRequired, permissions, createdAt);
    }

    public Account withPassword(String newHash) {
        return new Account(id, roles, status, phone, email, emailVerified, username, Optional.of(newHash), 0,
                Optional.empty(), false, permissions, createdAt);
    }

    public Account withVerifiedEmail() {
        return new Account(id, roles, status, phone, email, true, username, passwordHash, failedLogins, lockedUntil,
                passwordChangeRequired, permissions, createdAt);
    }

    public Account withPhone(PhoneNumber newPhone) {
        return new Account(id, roles, status, Optional.of(newPhone), email, emailVerified, username, passwordHash,
                failedLogins, lockedUntil, passwordChangeRequired, permissions, createdAt);
    }

    public Account withRole(Role role) {
        if (role == Role.ADMIN) {
            throw DomainException.forbidden("identity.role-not-self-service");
        }
        Set<Role> more = EnumSet.of(role);
        more.addAll(roles);
        return new Account(id, more, status, phone, email, emailVerified, username, passwordHash, failedLogins,
                lockedUntil, passwordChangeRequired, permissions, createdAt);
    }

    /**
     * Closed at the owner's request (PIPL art. 47): disabled for good, without phone, e-mail, password or
     * permissions; the id stays, so orders and ledger entries still name an account.
     */
    public Account closed() {
        return new Account(id, roles, Status.DISABLED, Optional.empty(), Optional.empty(), false, Optional.empty(), Optional.empty(),
                0, Optional.empty(), false, Set.of(), createdAt);
    }

    /** An account registered by e-mail may not book or take orders until the address is verified. */
    public boolean isVerified() {
        return email.isEmpty() || emailVerified || phone.isPresent();
    }

    /** Whether the account can sign in without a social login: by SMS code to its phone, or by password. */
    public boolean hasOwnSignIn() {
        return phone.isPresent() || (passwordHash.isPresent() && (email.isPresent() || username.isPresent()));
    }

    /** Permissions are only effective once an operator has replaced the initial password. */
    public Set<String> effectivePermissions() {
        return passwordChangeRequired ? Set.of() : permissions;
    }
}
