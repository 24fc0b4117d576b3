package org.shangmen.billing.application;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.shangmen.billing.application.port.in.BuyPackages;
import org.shangmen.billing.application.port.in.ConsumePackages;
import org.shangmen.billing.application.port.out.PackageStore;
import org.shangmen.billing.domain.PackageOffer;
import org.shangmen.billing.domain.PackageVisit;
import org.shangmen.billing.domain.PrepaidPackage;
import org.shangmen.booking.api.SeriesPackages;
import org.shangmen.booking.api.SeriesPackages.PackagedSeries;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Ids;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * C2.4, C4.2 selling prepaid packages: the active offers a series can use (no more visits than a
 * series of fixed length has), priced for the series' basket as quoted now; a purchase is kept
 * awaiting payment under the customer's idempotency key, one open package per series at a time.
 */
public class PackageSalesService implements BuyPackages {

    private final PackageStore packages;
    private final SeriesPackages series;
    private final ConsumePackages consumption;
    private final TransactionTemplate tx;
    private final Clock clock;

    public PackageSalesService(PackageStore packages, SeriesPackages series, ConsumePackages consumption,
                               PlatformTransactionManager transactions, Clock clock) {
        this.packages = packages;
        this.series = series;
        this.consumption = consumption;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public List<OfferQuote> offers(UUID customerId, UUID seriesId) {
        PackagedSeries s = seriesOf(customerId, seriesId);
        return packages.offers().stream().filter(PackageOffer::active).filter(o -> s.visits().map(v -> o.visits() <= v).orElse(true))
                .map(o -> quote(o, s.visitPriceFen())).toList();
    }

    static OfferQuote quote(PackageOffer o, long visitPriceFen) {
        long gross = Math.multiplyExact(visitPriceFen, o.visits());
        long price = PrepaidPackage.price(visitPriceFen, o.visits(), o.discountBp());
        return new OfferQuote(o.visits(), o.discountBp(), visitPriceFen, gross, gross - price, price, price / o.visits());
    }

    @Override
    public Bought buy(BuyCommand c) {
        Optional<Bought> replay = replay(c);
        if (replay.isPresent()) {
            return replay.get();
        }
        PackagedSeries s = seriesOf(c.customerId(), c.seriesId());
        if (!s.open()) {
            throw DomainException.conflict("billing.series-closed");
        }
        List<OfferQuote> offers = offers(c.customerId(), c.seriesId());
        OfferQuote offer = offers.stream().filter(o -> o.visits() == c.visits()).findFirst()
                .orElseThrow(() -> DomainException.invalid("billing.package-offer-unknown",
                        offers.stream().map(o -> Integer.toString(o.visits())).collect(Collectors.joining("、"))));
        if (!packages.openOfSeries(s.seriesId()).isEmpty()) {
            throw DomainException.conflict("billing.package-open-exists");
        }
        String description = ("周期服务套餐 " + offer.visits() + " 次 " + s.description()).strip();
        PrepaidPackage pkg = new PrepaidPackage(Ids.newId(clock), c.customerId(), s.seriesId(), offer.visits(), offer.visitPriceFen(),
                offer.discountBp(), offer.priceFen(), 0, 0, 0, PrepaidPackage.Status.AWAITING_PAYMENT, Optional.empty(), s.districtCode(),
                description.length() > 120 ? description.substring(0, 120) : description, clock.instant(), Optional.empty(),
                Optional.empty());
        boolean inserted = Boolean.TRUE.equals(tx.execute(t -> packages.insert(pkg, c.idempotencyKey())));
        if (!inserted) {
            return replay(c).orElseThrow(() -> DomainException.conflict("billing.package-open-exists"));
        }
        return new Bought(packages.find(pkg.id()).orElseThrow(), false);
    }

    private Optional<Bought> replay(BuyCommand c) {
        return packages.byIdempotencyKey(c.customerId(), c.idempotencyKey()).map(p -> {
            if (!p.seriesId().equals(c.seriesId()) || p.visits() != c.visits()) {
                throw DomainException.rejected("billing.idempotency-key-reused");
            }
            return new Bought(p, true);
        });
    }

    @Override
    public Page<PrepaidPackage> packages(UUID customerId, PageRequest page) {
        return packages.ofCustomer(customerId, page);
    }

    @Override
    public PrepaidPackage get(UUID customerId, UUID packageId) {
        return packages.find(packageId).filter(p -> p.customerId().equals(customerId))
                .orElseThrow(() -> DomainException.notFound("billing.package-not-found"));
    }

    @Override
    public List<PackageVisit> visits(UUID customerId, UUID packageId) {
        return packages.visitsOf(get(customerId, packageId).id());
    }

    @Override
    public PrepaidPackage end(UUID customerId, UUID packageId) {
        PrepaidPackage p = get(customerId, packageId);
        if (p.status() == PrepaidPackage.Status.ENDED || p.status() == PrepaidPackage.Status.CANCELLED) {
            throw DomainException.conflict("billing.package-ended");
        }
        consumption.end(packageId);
        return packages.find(packageId).orElseThrow();
    }

    @Override
    public List<PackageOffer> allOffers() {
        return packages.offers();
    }

    @Override
    public PackageOffer setOffer(int visits, Integer discountBp, Boolean active, UUID operatorId) {
        if (visits < PackageOffer.MIN_VISITS || visits > PackageOffer.MAX_VISITS) {
            throw DomainException.invalid("billing.package-offer-visits-invalid", PackageOffer.MIN_VISITS, PackageOffer.MAX_VISITS);
        }
        if (discountBp == null || discountBp < 0 || discountBp > PackageOffer.MAX_DISCOUNT_BP) {
            throw DomainException.invalid("billing.package-offer-discount-invalid", PackageOffer.MAX_DISCOUNT_BP);
        }
        PackageOffer offer = new PackageOffer(visits, discountBp, active == null || active, clock.instant());
        tx.executeWithoutResult(t -> packages.saveOffer(offer, operatorId));
        return offer;
    }

    private PackagedSeries seriesOf(UUID customerId, UUID seriesId) {
        return series.series(customerId, seriesId).orElseThrow(() -> DomainException.notFound("billing.series-not-found"));
    }
}
