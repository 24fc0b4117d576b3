package org.shangmen.identity.application.port.in;

import java.util.UUID;

/** Whether an access token's session is still live: sign-out and password changes end it at once. */
public interface CheckSession {

    boolean isLive(UUID sessionId);
}
