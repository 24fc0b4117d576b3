package org.shangmen.identity.application.port.out;

import java.time.Instant;

/** Failed sign-ins per client address (a keyed hash of it), to slow down guessing across accounts. */
public interface SignInFailureLog {

    void record(String addressHash, Instant at);

    long since(String addressHash, Instant since);
}
