package org.shangmen.booking.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.shangmen.booking.application.port.out.VisitStore;
import org.shangmen.booking.domain.AddOn;
import org.shangmen.booking.domain.ServiceRecord;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class JdbiVisitStore implements VisitStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String RECORD = "id, order_id, kind, text, media_key, media_type, observations, created_at";
    private static final String ADD_ON = "id, order_id, description, amount_fen, status, proposed_at, decided_at";

    private final Jdbi jdbi;

    JdbiVisitStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void addRecord(ServiceRecord r) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO booking.service_record (" + RECORD + ") VALUES (:id, :order, :kind, :text, "
                        + ":key, :type, :observations, :at)")
                .bind("id", r.id()).bind("order", r.orderId()).bind("kind", r.kind().name()).bind("text", r.text().orElse(null))
                .bind("key", r.mediaKey().orElse(null)).bind("type", r.mediaType().orElse(null))
                .bind("observations", r.observations().isEmpty() ? null : JSON.writeValueAsString(r.observations()))
                .bind("at", r.createdAt()).execute());
    }

    @Override
    public List<ServiceRecord> records(UUID orderId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + RECORD + " FROM booking.service_record WHERE order_id = :order "
                + "ORDER BY created_at, id").bind("order", orderId).map((rs, ctx) -> record(rs)).list());
    }

    @Override
    public Optional<ServiceRecord> record(UUID recordId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + RECORD + " FROM booking.service_record WHERE id = :id")
                .bind("id", recordId).map((rs, ctx) -> record(rs)).findOne());
    }

    @Override
    public void addAddOn(AddOn a) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO booking.add_on (" + ADD_ON + ") VALUES (:id, :order, :description, :amount, "
                        + ":status, :proposed, NULL)")
                .bind("id", a.id()).bind("order", a.orderId()).bind("description", a.description()).bind("amount", a.amountFen())
                .bind("status", a.status().name()).bind("proposed", a.proposedAt()).execute());
    }

    @Override
    public Optional<AddOn> addOn(UUID addOnId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + ADD_ON + " FROM booking.add_on WHERE id = :id").bind("id", addOnId)
                .map((rs, ctx) -> addOn(rs)).findOne());
    }

    @Override
    public boolean decideAddOn(UUID addOnId, AddOn.Status decision, Instant at) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE booking.add_on SET status = :status, decided_at = :at "
                        + "WHERE id = :id AND status = 'PROPOSED'")
                .bind("status", decision.name()).bind("at", at).bind("id", addOnId).execute()) == 1;
    }

    @Override
    public List<AddOn> addOns(UUID orderId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + ADD_ON + " FROM booking.add_on WHERE order_id = :order ORDER BY proposed_at, id")
                .bind("order", orderId).map((rs, ctx) -> addOn(rs)).list());
    }

    private static ServiceRecord record(ResultSet rs) throws SQLException {
        String observations = rs.getString("observations");
        return new ServiceRecord(rs.getObject("id", UUID.class), rs.getObject("order_id", UUID.class),
                ServiceRecord.Kind.valueOf(rs.getString("kind")), Optional.ofNullable(rs.getString("text")),
                Optional.ofNullable(rs.getString("media_key")), Optional.ofNullable(rs.getString("media_type")),
                observations == null ? Map.of() : JSON.readValue(observations, new TypeReference<Map<String, String>>() { }),
                JdbiOrderStore.instant(rs, "created_at"));
    }

    private static AddOn addOn(ResultSet rs) throws SQLException {
        return new AddOn(rs.getObject("id", UUID.class), rs.getObject("order_id", UUID.class), rs.getString("description"),
                rs.getLong("amount_fen"), AddOn.Status.valueOf(rs.getString("status")), JdbiOrderStore.instant(rs, "proposed_at"),
                JdbiOrderStore.optionalInstant(rs, "decided_at"));
    }
}
