package org.shangmen.admin.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatement;
import org.shangmen.admin.application.port.in.ReadAuditLog.Filter;
import org.shangmen.admin.application.port.out.AuditLogStore;
import org.shangmen.admin.domain.AuditEntry;
import org.springframework.stereotype.Repository;

/** Inserts and reads only: the table refuses updates and deletes (see {@link AppendOnlyGuard}). */
@Repository
class JdbiAuditLogStore implements AuditLogStore {

    private static final String COLUMNS = "id, occurred_at, operator_id, operator_name, permissions, http_method, route, action, "
            + "object_ids, status, client_address, request_body, response_body, before_state";
    private final Jdbi jdbi;

    JdbiAuditLogStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void append(AuditEntry e) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO admin.audit_entry (" + COLUMNS + ") VALUES (:id, :at, :operator, :name, "
                        + ":perms, :method, :route, :action, :objects, :status, :address, :request, :response, :before)")
                .bind("id", e.id()).bind("at", e.occurredAt().atOffset(ZoneOffset.UTC)).bind("operator", e.operatorId())
                .bind("name", e.operatorName()).bind("perms", String.join(",", new TreeSet<>(e.permissions())))
                .bind("method", e.method()).bind("route", e.route()).bind("action", e.action())
                .bind("objects", objects(e.objectIds())).bind("status", e.status()).bind("address", e.clientAddress())
                .bind("request", e.requestBody()).bind("response", e.responseBody())
                .bind("before", e.beforeState()).execute());
    }

    @Override
    public List<AuditEntry> find(Filter filter, long offset, int limit) {
        return jdbi.withHandle(h -> bind(h.createQuery("SELECT " + COLUMNS + " FROM admin.audit_entry" + where(filter)
                        + " ORDER BY occurred_at DESC, id LIMIT :limit OFFSET :offset"), filter)
                .bind("limit", limit).bind("offset", offset).map((rs, ctx) -> map(rs)).list());
    }

    @Override
    public long count(Filter filter) {
        return jdbi.withHandle(h -> bind(h.createQuery("SELECT COUNT(*) FROM admin.audit_entry" + where(filter)), filter)
                .mapTo(Long.class).one());
    }

    private static String where(Filter f) {
        List<String> parts = new ArrayList<>();
        f.operatorId().ifPresent(x -> parts.add("operator_id = :operator"));
        f.action().ifPresent(x -> parts.add("action = :action"));
        f.objectId().ifPresent(x -> parts.add("object_ids LIKE :object ESCAPE '\\'"));
        f.from().ifPresent(x -> parts.add("occurred_at >= :from"));
        f.until().ifPresent(x -> parts.add("occurred_at < :until"));
        return parts.isEmpty() ? "" : " WHERE " + String.join(" AND ", parts);
    }

    private static <S extends SqlStatement<S>> S bind(S statement, Filter f) {
        f.operatorId().ifPresent(x -> statement.bind("operator", x));
        f.action().ifPresent(x -> statement.bind("action", x));
        f.objectId().ifPresent(x -> statement.bind("object", "%=" + x.replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + ";%"));
        f.from().ifPresent(x -> statement.bind("from", x.atOffset(ZoneOffset.UTC)));
        f.until().ifPresent(x -> statement.bind("until", x.atOffset(ZoneOffset.UTC)));
        return statement;
    }

    /** {@code ;workerId=…;penaltyId=…;}: each value between '=' and ';', so one object id is found by LIKE. */
    private static String objects(Map<String, String> ids) {
        return ids.isEmpty() ? ";" : ids.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";", ";", ";"));
    }

    private static Map<String, String> objects(String stored) {
        Map<String, String> ids = new LinkedHashMap<>();
        Arrays.stream(stored.split(";")).filter(s -> s.contains("="))
                .forEach(s -> ids.put(s.substring(0, s.indexOf('=')), s.substring(s.indexOf('=') + 1)));
        return ids;
    }

    private static AuditEntry map(ResultSet rs) throws SQLException {
        String perms = rs.getString("permissions");
        return new AuditEntry(rs.getObject("id", UUID.class), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getObject("operator_id", UUID.class), rs.getString("operator_name"),
                perms.isEmpty() ? Set.of() : Set.of(perms.split(",")), rs.getString("http_method"), rs.getString("route"),
                rs.getString("action"), objects(rs.getString("object_ids")), rs.getInt("status"), rs.getString("client_address"),
                rs.getString("request_body"), rs.getString("response_body"), rs.getString("before_state"));
    }
}
