package org.shangmen.admin.domain;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * One operator action as it reached the platform: who (account and user name, with the permissions held),
 * what (HTTP method, route pattern and the stable action name derived from them), on which objects (the
 * route's variables), with what outcome (status), from which address, and the masked request and answer
 * bodies, which carry the state after the change where the action returns it, and the state before it
 * where the use case reports one ({@code beforeState}, else null).
 */
public record AuditEntry(UUID id, Instant occurredAt, UUID operatorId, String operatorName, Set<String> permissions,
                         String method, String route, String action, Map<String, String> objectIds, int status,
                         String clientAddress, String requestBody, String responseBody, String beforeState) {

    public AuditEntry {
        Objects.requireNonNull(id);
        Objects.requireNonNull(occurredAt);
        permissions = Set.copyOf(permissions);
        Objects.requireNonNull(method);
        Objects.requireNonNull(route);
        Objects.requireNonNull(action);
        objectIds = Map.copyOf(objectIds);
        Objects.requireNonNull(clientAddress);
    }

    /**
     * The stable name of an action: the route below {@code /api/v1/admin/} without its variables, dotted,
     * then the method: {@code POST /api/v1/admin/workers/{workerId}/penalties} is {@code workers.penalties.post}.
     */
    public static String actionOf(String method, String route) {
        StringBuilder name = new StringBuilder();
        String rest = route.startsWith("/api/v1/admin/") ? route.substring("/api/v1/admin/".length()) : route;
        for (String segment : rest.split("/")) {
            if (!segment.isEmpty() && !segment.startsWith("{")) {
                name.append(segment).append('.');
            }
        }
        return name.append(method.toLowerCase(java.util.Locale.ROOT)).toString();
    }
}
