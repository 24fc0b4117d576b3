package org.shangmen.kernel;

/** Why a request was refused; the web adapter maps each kind to one HTTP status. */
public enum ErrorKind {
    /** Malformed or out-of-range input: 400. */
    INVALID,
    /** Not signed in, or the credentials are wrong: 401. */
    UNAUTHENTICATED,
    /** Signed in but not allowed: 403. */
    FORBIDDEN,
    /** No such thing for this caller (also used for other people's ids): 404. */
    NOT_FOUND,
    /** The current state does not allow it (already taken, already paid): 409. */
    CONFLICT,
    /** Well-formed but against a business rule: 422. */
    UNPROCESSABLE,
    /** Too many attempts: 429. */
    TOO_MANY_REQUESTS,
    /** A provider outside the platform did not answer: 503. */
    UNAVAILABLE
}
