package org.shangmen.billing.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.billing.domain.PackageOffer;
import org.shangmen.billing.domain.PackageVisit;
import org.shangmen.billing.domain.PrepaidPackage;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;

/** Prepaid packages, their offers and the visits paid from them. Writes run in the caller's transaction. */
public interface PackageStore {

    /** Every offer, fewest visits first. */
    List<PackageOffer> offers();

    void saveOffer(PackageOffer offer, UUID operatorId);

    /** False when the customer used the idempotency key already (nothing inserted). */
    boolean insert(PrepaidPackage pkg, String idempotencyKey);

    Optional<PrepaidPackage> byIdempotencyKey(UUID customerId, String idempotencyKey);

    Optional<PrepaidPackage> find(UUID packageId);

    /** The package, its row locked until the transaction ends. */
    Optional<PrepaidPackage> lock(UUID packageId);

    Page<PrepaidPackage> ofCustomer(UUID customerId, PageRequest page);

    /** The series' packages awaiting payment or active, oldest first. */
    List<PrepaidPackage> openOfSeries(UUID seriesId);

    /** AWAITING_PAYMENT → ACTIVE with its payment; false when the package was not awaiting payment. */
    boolean activate(UUID packageId, UUID paymentId, Instant paidAt);

    /** An open package ends (ENDED, or CANCELLED before payment); false when it was no longer open. */
    boolean end(UUID packageId, PrepaidPackage.Status status, Instant at);

    /** Adds to the visits used and the money consumed and refunded (negative to give back). */
    void move(UUID packageId, int usedDelta, long consumedDelta, long refundedDelta);

    /** False when the order was paid from a package already (nothing inserted). */
    boolean claim(PackageVisit visit);

    Optional<PackageVisit> visit(UUID orderId);

    /** CONSUMED → RETURNED; false when it was returned already. */
    boolean giveBack(UUID orderId, Instant at);

    /** The visits paid from the package, oldest first. */
    List<PackageVisit> visitsOf(UUID packageId);
}
