package org.shangmen.billing.application.port.in;

import java.util.List;
import java.util.UUID;
import org.shangmen.billing.domain.PackageOffer;
import org.shangmen.billing.domain.PackageVisit;
import org.shangmen.billing.domain.PrepaidPackage;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;

/**
 * C2.4, C4.2 prepaid packages of a recurring plan (周期服务套餐): the offers for one of the customer's
 * series priced for its basket, buying one (then paid like an order, under the package's id), the
 * customer's packages, and ending one. Someone else's series or package is not found.
 */
public interface BuyPackages {

    List<OfferQuote> offers(UUID customerId, UUID seriesId);

    Bought buy(BuyCommand command);

    Page<PrepaidPackage> packages(UUID customerId, PageRequest page);

    PrepaidPackage get(UUID customerId, UUID packageId);

    List<PackageVisit> visits(UUID customerId, UUID packageId);

    /** Ends the customer's package and refunds what it still holds; answers the package as it is now. */
    PrepaidPackage end(UUID customerId, UUID packageId);

    /** Every offer operators set, fewest visits first. */
    List<PackageOffer> allOffers();

    /** Sets (or adds) the offer of a number of visits. */
    PackageOffer setOffer(int visits, Integer discountBp, Boolean active, UUID operatorId);

    /**
     * @param grossFen    one visit's price times the visits
     * @param discountFen what the offer takes off, rounded down to the fen
     * @param priceFen    what the package costs: gross less discount
     * @param shareFen    what each visit consumes (the last one takes the remainder)
     */
    record OfferQuote(int visits, int discountBp, long visitPriceFen, long grossFen, long discountFen, long priceFen, long shareFen) {
    }

    record Bought(PrepaidPackage pkg, boolean replayed) {
    }

    record BuyCommand(UUID customerId, UUID seriesId, Integer visits, String idempotencyKey) {
        public BuyCommand {
            if (idempotencyKey == null || idempotencyKey.isBlank()) {
                throw DomainException.invalid("billing.idempotency-key-required");
            }
            idempotencyKey = idempotencyKey.strip();
            if (idempotencyKey.length() > 64 || !idempotencyKey.matches("[A-Za-z0-9._:-]+")) {
                throw DomainException.invalid("billing.idempotency-key-invalid", 64);
            }
            if (visits == null) {
                throw DomainException.invalid("billing.package-visits-required");
            }
        }
    }
}
