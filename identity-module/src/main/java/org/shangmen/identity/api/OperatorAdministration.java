package org.shangmen.identity.api;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Operators' accounts, for the admin module: it checks the caller's permission before it calls here.
 * New operators must change their initial password at first sign-in before any permission is effective.
 */
public interface OperatorAdministration {

    /** The permissions an operator can hold. */
    Set<String> PERMISSIONS = Set.of("superadmin", "ops", "finance", "auditor", "trainer");

    OperatorView createOperator(String username, String initialPassword, Set<String> permissions);

    List<OperatorView> operators();

    record OperatorView(UUID id, String username, Set<String> permissions, boolean passwordChangeRequired,
                        boolean active, Instant createdAt) {
    }
}
