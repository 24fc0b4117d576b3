package org.shangmen.booking.application;

import org.shangmen.booking.api.QuotedItem;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.shangmen.booking.api.OrderDispatching.Need;
import org.shangmen.booking.api.OrderStatus;
import org.shangmen.booking.api.event.OrderSubmitted;
import org.shangmen.booking.application.port.in.FindSlots;
import org.shangmen.booking.application.port.in.FindSlots.SlotQuery;
import org.shangmen.booking.application.port.in.QuoteBasket.QuoteCommand;
import org.shangmen.booking.application.port.in.SubmitOrder;
import org.shangmen.booking.application.port.out.OrderStore;
import org.shangmen.booking.domain.Order;
import org.shangmen.booking.domain.Progress;
import org.shangmen.booking.domain.Quote;
import org.shangmen.booking.domain.ServiceItem;
import org.shangmen.identity.api.AccountDirectory;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.GeoPoint;
import org.shangmen.kernel.Ids;
import org.shangmen.kernel.TimeRange;
import org.shangmen.worker.api.CertificateType;
import org.shangmen.worker.api.ServiceAreaDirectory;
import org.shangmen.worker.api.Skill;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

/**
 * C2.4. The whole request is checked again as the customer sends it: the account may transact, the
 * district is served, the items and options are valid and priced within the reference ranges, the
 * start keeps the minimum notice and at least one worker (or the chosen worker) is still free for the
 * visit. Nothing is stored unless all of it holds.
 */
public class SubmitOrderService implements SubmitOrder {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final QuoteService quotes;
    private final FindSlots slots;
    private final WorkerAvailability availability;
    private final OrderStore orders;
    private final ServiceAreaDirectory areas;
    private final AccountDirectory accounts;
    private final ApplicationEventPublisher events;
    private final PolicySource settings;
    private final Clock clock;

    public SubmitOrderService(QuoteService quotes, FindSlots slots, WorkerAvailability availability, OrderStore orders,
                              ServiceAreaDirectory areas, AccountDirectory accounts, ApplicationEventPublisher events, PolicySource settings,
                              Clock clock) {
        this.settings = settings;
        this.quotes = quotes;
        this.slots = slots;
        this.availability = availability;
        this.orders = orders;
        this.areas = areas;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Submitted submit(SubmitCommand command) {
        String hash = hash(command);
        if (command.idempotencyKey().isPresent()) {
            Optional<OrderStore.Submission> earlier = orders.findByKey(command.customerId(), command.idempotencyKey().get());
            if (earlier.isPresent()) {
                return replay(earlier.get(), hash);
            }
        }
        if (!accounts.mayTransact(command.customerId())) {
            throw DomainException.forbidden("booking.account-may-not-book");
        }
        Instant now = clock.instant();
        quotes.requireServedDistrict(command.district(), command.communityId());
        Instant start = command.start().orElseGet(() -> earliest(command));
        SlotRulesCheck.requireNotice(availability.rules(), now, start, command.asap());
        QuoteCommand asked = new QuoteCommand(command.items(), command.district(), command.communityId(), command.point(), start,
                Optional.of(command.customerId()), command.couponId());
        // Priced once: the items give the needs too, and the district was checked above.
        QuoteService.PricedBasket priced = quotes.fullPriced(asked, true);
        Quote full = priced.quote();
        List<Need> needs = needs(priced.items());
        TimeRange visit = TimeRange.of(start, Duration.ofMinutes(full.visitMinutes()));
        List<UUID> free = availability.free(needs, command.district(), visit, command.preferredWorkerId());
        if (free.isEmpty()) {
            throw command.preferredWorkerId().isPresent()
                    ? DomainException.conflict("booking.worker-unavailable")
                    : DomainException.conflict("booking.slot-gone");
        }
        GeoPoint place = command.communityId()
                .map(id -> areas.community(id).orElseThrow(() -> DomainException.notFound("booking.community-not-found")).location())
                .orElseGet(() -> command.point().orElseThrow());
        UUID orderId = Ids.newId(clock);
        // Last of the checks: the coupon is used and the promotions' budgets charged only for an order that is stored.
        Quote quote = quotes.redeem(orderId, asked, full);
        Order order = new Order(orderId, command.customerId(), OrderStatus.AWAITING_ACCEPTANCE, command.district(),
                command.communityId(), place, command.addressDetail(), command.contactName(), visit, command.asap(), quote.lines(),
                needs, quote.subtotalFen(), quote.discountFen(), quote.totalFen(), quote.estimatedMinutes(), command.requirements(),
                command.preferredWorkerId(), Optional.empty(), Optional.empty(), command.policy().orElseGet(settings::currentPolicy), serviceCode(), Progress.NONE, now, 0);
        try {
            orders.insert(order, command.items(), command.idempotencyKey(), hash);
            orders.insertDiscounts(order.id(), quote.discounts());
        } catch (OrderStore.DuplicateSubmission raced) {
            // The same key raced in from another request; its order is the answer once it is committed.
            throw DomainException.conflict("booking.submission-in-progress");
        }
        orders.record(order.created(now));
        events.publishEvent(new OrderSubmitted(order.id(), order.customerId(), order.district().value(), visit.start(), visit.end(),
                order.preferredWorkerId(), order.lines().stream().map(QuotedItem::itemCode).distinct().toList(), order.totalFen(),
                order.discountFen(), now));
        return new Submitted(order, false);
    }

    /** The one-time code the customer shows at the door: six random digits. */
    static String serviceCode() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }

    private Submitted replay(OrderStore.Submission earlier, String hash) {
        if (!earlier.requestHash().equals(hash)) {
            throw DomainException.rejected("booking.idempotency-key-reused");
        }
        return new Submitted(orders.find(earlier.orderId()).orElseThrow(), true);
    }

    private Instant earliest(SubmitCommand command) {
        return slots.find(new SlotQuery(command.items(), command.district(), command.communityId(), Optional.empty(), 1, true))
                .slots().stream().findFirst()
                .orElseThrow(() -> DomainException.conflict("booking.no-worker-soon"))
                .start();
    }

    static List<Need> needs(List<ServiceItem> items) {
        Map<Skill, Set<CertificateType>> bySkill = new LinkedHashMap<>();
        for (ServiceItem item : items) {
            bySkill.computeIfAbsent(item.skill(), s -> EnumSet.noneOf(CertificateType.class)).addAll(item.requiredCertificates());
        }
        List<Need> needs = new ArrayList<>();
        bySkill.forEach((skill, certificates) -> needs.add(new Need(skill, certificates)));
        return needs;
    }

    /** What makes two submissions the same request: every field but the key. */
    static String hash(SubmitCommand command) {
        String canonical = String.join("|", command.customerId().toString(), command.items().toString(), command.district().value(),
                command.communityId().map(UUID::toString).orElse(""), command.point().map(GeoPoint::toString).orElse(""),
                command.addressDetail(), command.contactName(), command.start().map(Instant::toString).orElse(""),
                Boolean.toString(command.asap()), command.preferredWorkerId().map(UUID::toString).orElse(""), command.requirements());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
