package org.shangmen.billing.adapter.dev;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.billing.adapter.out.gateway.SandboxGateway;
import org.shangmen.billing.application.port.in.PayOrders;
import org.shangmen.billing.application.port.in.PayOrders.StartPayment;
import org.shangmen.billing.application.port.in.SettlePayments;
import org.shangmen.billing.application.port.out.NoticeReader.PaymentNotice;
import org.shangmen.billing.domain.Payment;
import org.shangmen.billing.domain.PaymentChannel;
import org.shangmen.booking.api.CustomerPlacements;
import org.shangmen.booking.api.CustomerPlacements.PlacementLine;
import org.shangmen.kernel.DemoData;
import org.shangmen.kernel.Zones;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo data (C4.2): the demo customer pays what is due on her placement that has begun (the deposit, then
 * the package), each through the sandbox as a tester would: a payment opened as the customer, then the
 * sandbox's "paid" reaching the platform exactly as a provider's verified notice. A placement not begun
 * keeps its deposit awaited; nothing is paid twice (each payment is of what is due now).
 */
@Component
@Profile("demo")
class PlacementPaymentDemoData implements DemoData {

    private static final Logger LOG = LoggerFactory.getLogger(PlacementPaymentDemoData.class);
    /** The deposit and the package of an upfront placement, with room for an extension. */
    private static final int MAX_PAYMENTS = 3;

    private final CustomerPlacements placements;
    private final PayOrders pay;
    private final SettlePayments settle;
    private final ObjectProvider<SandboxGateway> sandbox;
    private final Clock clock;

    PlacementPaymentDemoData(CustomerPlacements placements, PayOrders pay, SettlePayments settle, ObjectProvider<SandboxGateway> sandbox,
                             Clock clock) {
        this.placements = placements;
        this.pay = pay;
        this.settle = settle;
        this.sandbox = sandbox;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public void seed() {
        SandboxGateway gateway = sandbox.getIfAvailable();
        if (gateway == null) {
            return;
        }
        UUID customer = DemoData.accountId("customer-1");
        LocalDate today = LocalDate.now(clock.withZone(Zones.CHINA));
        for (PlacementLine p : placements.placements(customer)) {
            if (p.startsOn().isAfter(today) || !p.endsOn().isAfter(today)) {
                continue;
            }
            for (int i = 0; i < MAX_PAYMENTS && dueOn(customer, p.placementId()) > 0; i++) {
                Payment payment = pay.start(new StartPayment(customer, p.placementId(), PaymentChannel.ALIPAY,
                        "demo-" + p.placementId() + "-" + i, Optional.empty())).payment();
                Optional<PaymentNotice> paid = gateway.decide(payment.outTradeNo(), true).map(PaymentNotice::new);
                if (paid.isEmpty()) {
                    LOG.info("demo placement payment not completed by the sandbox");
                    return;
                }
                settle.settle(gateway.provider(), paid.get());
            }
        }
    }

    private long dueOn(UUID customer, UUID placementId) {
        return placements.placements(customer).stream().filter(p -> p.placementId().equals(placementId)).mapToLong(PlacementLine::dueFen)
                .findFirst().orElse(0);
    }
}
