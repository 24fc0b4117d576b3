package org.shangmen.identity.adapter.out.social;

import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.ErrorKind;

/** The refusals the {@link org.shangmen.identity.application.port.out.SocialLogin} port promises, by code and kind. */
final class SocialLoginErrors {

    static final String CODE_INVALID = "identity.social-code-invalid";
    static final String RATE_LIMITED = "identity.social-rate-limited";
    static final String USER_BLOCKED = "identity.social-user-blocked";
    static final String UNAVAILABLE = "identity.social-unavailable";

    private SocialLoginErrors() {
    }

    /** A bad, used or expired code: INVALID. */
    static DomainException codeInvalid() {
        return DomainException.invalid(CODE_INVALID);
    }

    /** The provider limits this user or app for now: TOO_MANY_REQUESTS. */
    static DomainException rateLimited() {
        return new DomainException(ErrorKind.TOO_MANY_REQUESTS, RATE_LIMITED);
    }

    /** The provider flags the user as high-risk: FORBIDDEN. */
    static DomainException userBlocked() {
        return DomainException.forbidden(USER_BLOCKED);
    }

    /** The provider is down, slow, broken or refused us for a reason the user cannot fix: UNAVAILABLE. */
    static DomainException unavailable() {
        return new DomainException(ErrorKind.UNAVAILABLE, UNAVAILABLE);
    }
}
