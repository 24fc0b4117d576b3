package org.shangmen.billing.adapter.dev;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.billing.adapter.out.gateway.SandboxGateway;
import org.shangmen.billing.application.port.in.BuyPackages;
import org.shangmen.billing.application.port.in.PayOrders;
import org.shangmen.billing.application.port.in.SettlePayments;
import org.shangmen.billing.application.port.out.NoticeReader.PaymentNotice;
import org.shangmen.billing.domain.Payment;
import org.shangmen.billing.domain.PaymentChannel;
import org.shangmen.booking.api.SeriesPackages;
import org.shangmen.kernel.DemoData;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.PageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo data (C2.4, C4.2): the demo customer's weekly plan gets an 8-visit prepaid package, bought and
 * paid through the sandbox like any customer's, once per database. Where payments do not go to the
 * sandbox, the package is left awaiting payment. Beside the sandbox's buttons, as it settles through them.
 */
@Component
@Profile("demo")
class PackageDemoData implements DemoData {

    private static final Logger LOG = LoggerFactory.getLogger(PackageDemoData.class);

    private final BuyPackages packages;
    private final SeriesPackages series;
    private final PayOrders payments;
    private final SettlePayments settle;
    private final SandboxGateway sandbox;

    PackageDemoData(BuyPackages packages, SeriesPackages series, PayOrders payments, SettlePayments settle, SandboxGateway sandbox) {
        this.packages = packages;
        this.series = series;
        this.payments = payments;
        this.settle = settle;
        this.sandbox = sandbox;
    }

    @Override
    public int order() {
        return 320;
    }

    @Override
    public void seed() {
        UUID customer = DemoData.accountId("customer-1");
        List<UUID> open = series.openSeries(customer);
        if (open.isEmpty() || packages.packages(customer, PageRequest.first()).total() > 0) {
            return;
        }
        try {
            UUID packageId = packages.buy(new BuyPackages.BuyCommand(customer, open.get(0), 8, "demo-package")).pkg().id();
            Payment payment = payments.start(new PayOrders.StartPayment(customer, packageId, PaymentChannel.ALIPAY, "demo-package-pay",
                    Optional.empty())).payment();
            if (payment.provider().equals(SandboxGateway.PROVIDER)) {
                sandbox.decide(payment.outTradeNo(), true).ifPresent(paid -> settle.settle(sandbox.provider(), new PaymentNotice(paid)));
            }
        } catch (DomainException e) {
            LOG.info("demo prepaid package not seeded: {}", e.code());
        }
    }
}
