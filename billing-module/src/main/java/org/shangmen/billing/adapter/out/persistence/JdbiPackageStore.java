package org.shangmen.billing.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.shangmen.billing.application.port.out.PackageStore;
import org.shangmen.billing.domain.PackageOffer;
import org.shangmen.billing.domain.PackageVisit;
import org.shangmen.billing.domain.PrepaidPackage;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.springframework.stereotype.Repository;

/** The unique order id of package_visit decides which of concurrent consumptions of an order happens. */
@Repository
class JdbiPackageStore implements PackageStore {

    private static final String COLUMNS = "id, customer_id, series_id, visits, visit_price_fen, discount_bp, price_fen, used, consumed_fen, "
            + "refunded_fen, status, payment_id, district_code, description, created_at, paid_at, ended_at";

    private final Jdbi jdbi;

    JdbiPackageStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<PackageOffer> offers() {
        return jdbi.withHandle(h -> h.createQuery("SELECT visits, discount_bp, active, updated_at FROM billing.package_offer ORDER BY visits")
                .map((rs, ctx) -> new PackageOffer(rs.getInt("visits"), rs.getInt("discount_bp"), rs.getBoolean("active"),
                        Rows.instant(rs, "updated_at").orElseThrow())).list());
    }

    @Override
    public void saveOffer(PackageOffer offer, UUID operatorId) {
        jdbi.useHandle(h -> {
            int updated = h.createUpdate("UPDATE billing.package_offer SET discount_bp = :bp, active = :active, updated_by = :by, "
                            + "updated_at = :at WHERE visits = :visits")
                    .bind("bp", offer.discountBp()).bind("active", offer.active()).bind("by", operatorId).bind("at", offer.updatedAt())
                    .bind("visits", offer.visits()).execute();
            if (updated == 0) {
                h.createUpdate("INSERT INTO billing.package_offer (visits, discount_bp, active, updated_by, updated_at) "
                                + "VALUES (:visits, :bp, :active, :by, :at) ON CONFLICT DO NOTHING")
                        .bind("bp", offer.discountBp()).bind("active", offer.active()).bind("by", operatorId).bind("at", offer.updatedAt())
                        .bind("visits", offer.visits()).execute();
            }
        });
    }

    @Override
    public boolean insert(PrepaidPackage p, String key) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO billing.prepaid_package (" + COLUMNS + ", idempotency_key) VALUES (:id, "
                        + ":customer, :series, :visits, :visitPrice, :bp, :price, 0, 0, 0, :status, NULL, :district, :description, :created, "
                        + "NULL, NULL, :key) ON CONFLICT DO NOTHING")
                .bind("id", p.id()).bind("customer", p.customerId()).bind("series", p.seriesId()).bind("visits", p.visits())
                .bind("visitPrice", p.visitPriceFen()).bind("bp", p.discountBp()).bind("price", p.priceFen())
                .bind("status", p.status().name()).bind("district", p.districtCode()).bind("description", p.description())
                .bind("created", p.createdAt()).bind("key", key).execute() == 1);
    }

    @Override
    public Optional<PrepaidPackage> byIdempotencyKey(UUID customerId, String key) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM billing.prepaid_package WHERE customer_id = :customer "
                + "AND idempotency_key = :key").bind("customer", customerId).bind("key", key).map((rs, ctx) -> row(rs)).findFirst());
    }

    @Override
    public Optional<PrepaidPackage> find(UUID packageId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM billing.prepaid_package WHERE id = :id")
                .bind("id", packageId).map((rs, ctx) -> row(rs)).findFirst());
    }

    @Override
    public Optional<PrepaidPackage> lock(UUID packageId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM billing.prepaid_package WHERE id = :id FOR UPDATE")
                .bind("id", packageId).map((rs, ctx) -> row(rs)).findFirst());
    }

    @Override
    public Page<PrepaidPackage> ofCustomer(UUID customerId, PageRequest page) {
        return jdbi.withHandle(h -> {
            long total = h.createQuery("SELECT COUNT(*) FROM billing.prepaid_package WHERE customer_id = :customer")
                    .bind("customer", customerId).mapTo(Long.class).one();
            List<PrepaidPackage> items = h.createQuery("SELECT " + COLUMNS + " FROM billing.prepaid_package WHERE customer_id = :customer "
                            + "ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset")
                    .bind("customer", customerId).bind("limit", page.size()).bind("offset", page.offset())
                    .map((rs, ctx) -> row(rs)).list();
            return Page.of(items, page, total);
        });
    }

    @Override
    public List<PrepaidPackage> openOfSeries(UUID seriesId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM billing.prepaid_package WHERE series_id = :series "
                        + "AND status IN ('AWAITING_PAYMENT', 'ACTIVE') ORDER BY created_at, id")
                .bind("series", seriesId).map((rs, ctx) -> row(rs)).list());
    }

    @Override
    public boolean activate(UUID packageId, UUID paymentId, Instant paidAt) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE billing.prepaid_package SET status = 'ACTIVE', payment_id = :payment, "
                        + "paid_at = :at WHERE id = :id AND status = 'AWAITING_PAYMENT'")
                .bind("payment", paymentId).bind("at", paidAt).bind("id", packageId).execute() == 1);
    }

    @Override
    public boolean end(UUID packageId, PrepaidPackage.Status status, Instant at) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE billing.prepaid_package SET status = :status, ended_at = :at WHERE id = :id "
                        + "AND status IN ('AWAITING_PAYMENT', 'ACTIVE')")
                .bind("status", status.name()).bind("at", at).bind("id", packageId).execute() == 1);
    }

    @Override
    public void move(UUID packageId, int usedDelta, long consumedDelta, long refundedDelta) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE billing.prepaid_package SET used = used + :used, consumed_fen = consumed_fen + :consumed, "
                        + "refunded_fen = refunded_fen + :refunded WHERE id = :id")
                .bind("used", usedDelta).bind("consumed", consumedDelta).bind("refunded", refundedDelta).bind("id", packageId).execute());
    }

    @Override
    public boolean claim(PackageVisit v) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO billing.package_visit (order_id, package_id, share_fen, order_fen, status, "
                        + "consumed_at) VALUES (:order, :package, :share, :orderFen, 'CONSUMED', :at) ON CONFLICT DO NOTHING")
                .bind("order", v.orderId()).bind("package", v.packageId()).bind("share", v.shareFen()).bind("orderFen", v.orderFen())
                .bind("at", v.consumedAt()).execute() == 1);
    }

    @Override
    public Optional<PackageVisit> visit(UUID orderId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT order_id, package_id, share_fen, order_fen, status, consumed_at "
                + "FROM billing.package_visit WHERE order_id = :order").bind("order", orderId).map((rs, ctx) -> visitRow(rs)).findFirst());
    }

    @Override
    public boolean giveBack(UUID orderId, Instant at) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE billing.package_visit SET status = 'RETURNED', returned_at = :at "
                + "WHERE order_id = :order AND status = 'CONSUMED'").bind("at", at).bind("order", orderId).execute() == 1);
    }

    @Override
    public List<PackageVisit> visitsOf(UUID packageId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT order_id, package_id, share_fen, order_fen, status, consumed_at "
                        + "FROM billing.package_visit WHERE package_id = :package ORDER BY consumed_at, order_id")
                .bind("package", packageId).map((rs, ctx) -> visitRow(rs)).list());
    }

    private static PackageVisit visitRow(ResultSet rs) throws SQLException {
        return new PackageVisit(rs.getObject("order_id", UUID.class), rs.getObject("package_id", UUID.class), rs.getLong("share_fen"),
                rs.getLong("order_fen"), PackageVisit.Status.valueOf(rs.getString("status")), Rows.instant(rs, "consumed_at").orElseThrow());
    }

    private static PrepaidPackage row(ResultSet rs) throws SQLException {
        return new PrepaidPackage(rs.getObject("id", UUID.class), rs.getObject("customer_id", UUID.class),
                rs.getObject("series_id", UUID.class), rs.getInt("visits"), rs.getLong("visit_price_fen"), rs.getInt("discount_bp"),
                rs.getLong("price_fen"), rs.getInt("used"), rs.getLong("consumed_fen"), rs.getLong("refunded_fen"),
                PrepaidPackage.Status.valueOf(rs.getString("status")), Optional.ofNullable(rs.getObject("payment_id", UUID.class)),
                rs.getString("district_code"), rs.getString("description"), Rows.instant(rs, "created_at").orElseThrow(),
                Rows.instant(rs, "paid_at"), Rows.instant(rs, "ended_at"));
    }
}
