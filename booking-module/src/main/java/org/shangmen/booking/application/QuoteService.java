package org.shangmen.booking.application;

import org.shangmen.booking.api.event.QuoteMade;
import org.shangmen.booking.application.port.out.QuoteLog;
import org.shangmen.kernel.Ids;
import org.springframework.context.ApplicationEventPublisher;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.shangmen.booking.application.port.in.QuoteBasket;
import org.shangmen.booking.application.port.out.CatalogueStore;
import org.shangmen.booking.application.port.out.PriceRangeStore;
import org.shangmen.booking.domain.Customisation;
import org.shangmen.booking.domain.FieldProblem;
import org.shangmen.booking.domain.OptionsRejected;
import org.shangmen.booking.domain.PriceRange;
import org.shangmen.booking.domain.Pricing;
import org.shangmen.booking.domain.Quote;
import org.shangmen.booking.domain.ServiceItem;
import org.shangmen.booking.api.OrderDiscounts;
import org.shangmen.booking.api.QuotedItem;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Money;
import org.shangmen.kernel.RegionCode;
import org.shangmen.worker.api.ServiceAreaDirectory;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quotes (C2.2, C4.1, A1.1): checks the district and the options, prices each line and refuses a
 * line whose unit price lies outside the reference range of the district (or its city), then asks the
 * promotions for the discounts the customer gets now (a preview: nothing is reserved until the order).
 */
public class QuoteService implements QuoteBasket {

    private final CatalogueStore catalogue;
    private final PriceRangeStore ranges;
    private final ServiceAreaDirectory areas;
    private final Supplier<OrderDiscounts> discounts;
    private final Predicate<UUID> hasOrders;
    private final ApplicationEventPublisher events;
    private final QuoteLog log;
    private final Clock clock;

    public QuoteService(CatalogueStore catalogue, PriceRangeStore ranges, ServiceAreaDirectory areas, Clock clock) {
        this(catalogue, ranges, areas, () -> OrderDiscounts.NONE, customer -> false, event -> { }, QuoteLog.NONE, clock);
    }

    /**
     * @param discounts the discounts' provider, asked at each use (the module providing it may itself depend on booking)
     * @param hasOrders whether a customer has an order other than cancelled ones (then no first-order discount)
     */
    public QuoteService(CatalogueStore catalogue, PriceRangeStore ranges, ServiceAreaDirectory areas, Supplier<OrderDiscounts> discounts,
                        Predicate<UUID> hasOrders, ApplicationEventPublisher events, QuoteLog log, Clock clock) {
        this.log = log;
        this.catalogue = catalogue;
        this.ranges = ranges;
        this.areas = areas;
        this.discounts = discounts;
        this.hasOrders = hasOrders;
        this.events = events;
        this.clock = clock;
    }

    /** A priced basket and the items it names. */
    public record PricedBasket(Quote quote, List<ServiceItem> items) {
    }

    /** The quote, kept in the quote log and published as {@link QuoteMade} for the order funnel's first step. */
    @Override
    @Transactional
    public Quote quote(QuoteCommand command) {
        Quote full = fullPrice(command);
        Quote quote = full.withDiscounts(discounts.get().preview(basket(command, full)));
        QuoteMade made = new QuoteMade(Ids.newId(clock), command.customerId(), command.district().value(),
                quote.lines().stream().map(QuotedItem::itemCode).distinct().toList(), quote.totalFen(), quote.discountFen(),
                clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS)); // as the databases keep it, so a reread equals the event
        log.add(made);
        events.publishEvent(made);
        return quote;
    }

    /** Redeems the basket's discounts for a new order, in the caller's transaction. */
    Quote redeem(UUID orderId, QuoteCommand command, Quote full) {
        return full.withDiscounts(discounts.get().redeem(orderId, basket(command, full)));
    }

    private OrderDiscounts.Basket basket(QuoteCommand command, Quote full) {
        boolean first = command.customerId().map(customer -> !hasOrders.test(customer)).orElse(false);
        return new OrderDiscounts.Basket(command.customerId(), command.district().value(), clock.instant(), full.discountLines(),
                command.couponId(), first);
    }

    /** The checked basket at its full price, without discounts. */
    @Transactional(readOnly = true)
    public Quote fullPrice(QuoteCommand command) {
        return fullPriced(command, false).quote();
    }

    /**
     * The checked basket at its full price with the items it names, read once for a submission that needs
     * both; {@code districtChecked} when the caller has just checked the district itself.
     */
    @Transactional(readOnly = true)
    PricedBasket fullPriced(QuoteCommand command, boolean districtChecked) {
        if (command.start().isBefore(clock.instant())) {
            throw DomainException.invalid("booking.start-in-past");
        }
        if (!districtChecked) {
            requireServedDistrict(command.district(), command.communityId());
        }
        PricedBasket priced = price(command.items(), command.district(), command.start());
        List<RegionCode> regions = new ArrayList<>(List.of(command.district()));
        command.district().city().ifPresent(regions::add);
        List<PriceRange> known = ranges.of(priced.items().stream().map(ServiceItem::id).distinct().toList(), regions);
        for (QuotedItem line : priced.quote().lines()) {
            Optional<PriceRange> range = PriceRange.applicable(
                    known.stream().filter(r -> r.itemId().equals(line.itemId())).toList(), command.district());
            if (range.isPresent() && !range.get().admits(line.unitPriceFen())) {
                throw DomainException.rejected("booking.price-out-of-range", line.itemName(), Money.ofFen(line.unitPriceFen()),
                        Money.ofFen(range.get().minFen()), Money.ofFen(range.get().maxFen()));
            }
        }
        return priced;
    }

    /**
     * Checks the items and options of a basket and prices it, without the price ranges. Unknown or
     * retired items and every option problem are reported together, each with its field.
     */
    @Transactional(readOnly = true)
    public PricedBasket price(List<BasketLine> basket, RegionCode district, Instant start) {
        if (basket.size() > Quote.MAX_LINES) {
            throw DomainException.invalid("booking.basket-too-large", Quote.MAX_LINES);
        }
        Map<UUID, ServiceItem> items = catalogue.items(basket.stream().map(BasketLine::itemId).distinct().toList()).stream()
                .collect(Collectors.toMap(ServiceItem::id, Function.identity()));
        List<FieldProblem> problems = new ArrayList<>();
        List<Pricing.Line> lines = new ArrayList<>();
        List<ServiceItem> named = new ArrayList<>();
        for (int i = 0; i < basket.size(); i++) {
            BasketLine line = basket.get(i);
            ServiceItem item = items.get(line.itemId());
            if (item == null || !item.isActive()) {
                problems.add(FieldProblem.of("items[" + i + "].itemId", item == null ? "booking.basket-item-unknown" : "booking.basket-item-retired"));
                continue;
            }
            named.add(item);
            Customisation.resolve(item, "items[" + i + "].options.", line.options(), problems)
                    .ifPresent(selection -> lines.add(Pricing.line(item, selection)));
        }
        if (!problems.isEmpty()) {
            throw new OptionsRejected(problems);
        }
        return new PricedBasket(Quote.of(district, start, lines), named);
    }

    /** Refuses a code that is not a served district, and a community outside the district. */
    @Transactional(readOnly = true)
    public void requireServedDistrict(RegionCode district, Optional<UUID> communityId) {
        if (district.level() != RegionCode.Level.DISTRICT) {
            throw DomainException.invalid("booking.district-invalid", district.value());
        }
        ServiceAreaDirectory.ServedPlace place = areas.servedPlace(district, communityId);
        if (place.region().isEmpty()) {
            throw DomainException.rejected("booking.district-not-served", district.value());
        }
        if (communityId.isPresent()) {
            ServiceAreaDirectory.CommunityView community = place.community()
                    .orElseThrow(() -> DomainException.notFound("booking.community-not-found"));
            if (!community.districtCode().equals(district.value())) {
                throw DomainException.invalid("booking.community-not-in-district", district.value());
            }
        }
    }
}
