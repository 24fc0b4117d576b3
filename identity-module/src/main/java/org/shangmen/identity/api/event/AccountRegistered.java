package org.shangmen.identity.api.event;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.shangmen.identity.api.Role;

/**
 * An account was created. A worker account starts uncertified: the worker module takes it from here.
 * {@code method} is PHONE, EMAIL, WECHAT or QQ.
 */
public record AccountRegistered(UUID accountId, Set<Role> roles, String method, Instant registeredAt) {
}
