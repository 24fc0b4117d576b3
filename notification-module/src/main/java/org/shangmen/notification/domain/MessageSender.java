package org.shangmen.notification.domain;

import java.util.Optional;
import java.util.UUID;

/**
 * Who wrote a private message, as the thread shows it: the order's customer or its worker, and the
 * worker's name (a customer is shown by role only, never by phone or address).
 */
public record MessageSender(UUID accountId, Role role, Optional<String> name) {

    public enum Role { CUSTOMER, WORKER }

    public MessageSender {
        name = name == null ? Optional.empty() : name;
    }
}
