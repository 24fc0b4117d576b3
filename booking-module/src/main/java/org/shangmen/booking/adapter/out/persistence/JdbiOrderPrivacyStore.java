package org.shangmen.booking.adapter.out.persistence;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.shangmen.booking.application.port.out.OrderPrivacyStore;
import org.shangmen.kernel.FieldCipher;
import org.springframework.stereotype.Repository;

@Repository
class JdbiOrderPrivacyStore implements OrderPrivacyStore {

    private static final String OPEN = "('AWAITING_ACCEPTANCE', 'AWAITING_PAYMENT', 'PAID', 'IN_SERVICE')";

    private final Jdbi jdbi;
    private final FieldCipher cipher;

    JdbiOrderPrivacyStore(Jdbi jdbi, FieldCipher cipher) {
        this.jdbi = jdbi;
        this.cipher = cipher;
    }

    @Override
    public List<OrderRecord> ordersOf(UUID accountId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, customer_id, status, district_code, starts_at, total_fen, address_detail, "
                        + "contact_name, requirements, created_at FROM booking.customer_order "
                        + "WHERE customer_id = :id OR worker_id = :id ORDER BY created_at, id")
                .bind("id", accountId)
                .map((rs, ctx) -> {
                    boolean customer = accountId.equals(rs.getObject("customer_id", UUID.class));
                    return new OrderRecord(rs.getObject("id", UUID.class), customer ? "CUSTOMER" : "WORKER", rs.getString("status"),
                            rs.getString("district_code"), rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
                            rs.getLong("total_fen"), customer ? cipher.decrypt(rs.getString("address_detail")) : null,
                            customer ? cipher.decrypt(rs.getString("contact_name")) : null,
                            customer ? rs.getString("requirements") : null, rs.getObject("created_at", OffsetDateTime.class).toInstant());
                })
                .list());
    }

    @Override
    public int openOrders(UUID accountId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM booking.customer_order WHERE (customer_id = :id OR worker_id = :id) "
                + "AND status IN " + OPEN).bind("id", accountId).mapTo(Integer.class).one());
    }

    @Override
    public int runningPlans(UUID accountId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT (SELECT COUNT(*) FROM booking.series WHERE customer_id = :id "
                        + "AND status IN ('ACTIVE', 'PAUSED')) + (SELECT COUNT(*) FROM booking.placement "
                        + "WHERE (customer_id = :id OR worker_id = :id) AND status IN ('CONTRACTED', 'ACTIVE'))")
                .bind("id", accountId).mapTo(Integer.class).one());
    }

    @Override
    public int maskCustomer(UUID accountId, String mask) {
        JdbiOrderStore.READ.forgetAll();
        String masked = cipher.encrypt(mask);
        return jdbi.withHandle(h -> h.createUpdate("UPDATE booking.customer_order SET address_detail = :masked, contact_name = :masked, "
                        + "requirements = '', latitude = ROUND(CAST(latitude AS NUMERIC), 2), longitude = ROUND(CAST(longitude AS NUMERIC), 2), version = version + 1 "
                        + "WHERE customer_id = :id")
                .bind("masked", masked).bind("id", accountId).execute()
                + h.createUpdate("UPDATE booking.series SET address_detail = :masked, contact_name = :masked, requirements = NULL, "
                        + "latitude = ROUND(CAST(latitude AS NUMERIC), 2), longitude = ROUND(CAST(longitude AS NUMERIC), 2), "
                        + "version = version + 1 WHERE customer_id = :id")
                .bind("masked", masked).bind("id", accountId).execute());
    }
}
