package org.shangmen.identity.api.event;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.shangmen.identity.api.Role;

/**
 * The owner closed the account: it can no longer sign in and its phone, e-mail and social links are
 * gone. Every module anonymises or deletes what it keeps about the account, keeping only what finance
 * and the law require (orders, ledger) without the personal details.
 */
public record AccountClosed(UUID accountId, Set<Role> roles, Instant closedAt) {
}
