package org.shangmen.billing.adapter.out.persistence;

import java.time.Instant;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.shangmen.billing.application.port.out.AnomalyStore;
import org.shangmen.kernel.Ids;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.springframework.stereotype.Repository;

@Repository
class JdbiAnomalyStore implements AnomalyStore {

    private final Jdbi jdbi;

    JdbiAnomalyStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void record(UUID paymentId, String kind, long expectedFen, long receivedFen, String detail, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO billing.payment_anomaly (id, payment_id, kind, expected_fen, received_fen, detail, "
                        + "created_at) VALUES (:id, :payment, :kind, :expected, :received, :detail, :at) ON CONFLICT DO NOTHING")
                .bind("id", Ids.newId()).bind("payment", paymentId).bind("kind", kind).bind("expected", expectedFen)
                .bind("received", receivedFen).bind("detail", detail).bind("at", at).execute());
    }

    @Override
    public Page<Anomaly> open(PageRequest page) {
        return jdbi.withHandle(h -> Page.of(h.createQuery("SELECT id, payment_id, kind, expected_fen, received_fen, detail, created_at "
                        + "FROM billing.payment_anomaly WHERE resolved_at IS NULL ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset")
                .bind("limit", page.size()).bind("offset", page.offset())
                .map((rs, ctx) -> new Anomaly(rs.getObject("id", UUID.class), rs.getObject("payment_id", UUID.class), rs.getString("kind"),
                        rs.getLong("expected_fen"), rs.getLong("received_fen"), rs.getString("detail"),
                        Rows.instant(rs, "created_at").orElseThrow()))
                .list(), page,
                h.createQuery("SELECT COUNT(*) FROM billing.payment_anomaly WHERE resolved_at IS NULL").mapTo(Long.class).one()));
    }
}
