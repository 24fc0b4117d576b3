package org.shangmen.storage;

/**
 * The object store could not be reached, timed out, or refused an operation for a reason the caller cannot mend
 * (403 AccessDenied, a full disk). Carries only the operation's name: no key, no secret.
 */
public final class ObjectStoreUnavailable extends RuntimeException {

    public ObjectStoreUnavailable(String operation) {
        super("object store unavailable for " + operation, null, false, false);
    }
}
