package org.shangmen.billing;

import org.shangmen.billing.application.PromotionService;
import org.shangmen.billing.application.port.out.PromotionStore;
import java.time.Clock;
import org.shangmen.identity.api.AccountContacts;
import org.shangmen.identity.api.AccountDirectory;
import org.shangmen.identity.api.Role;
import org.springframework.context.ApplicationEventPublisher;
import java.time.Duration;
import org.shangmen.billing.application.AdministrationService;
import org.shangmen.billing.application.EarningsService;
import org.shangmen.billing.application.PaymentService;
import org.shangmen.billing.application.port.out.AnomalyStore;
import org.shangmen.billing.application.port.out.CommissionRuleStore;
import org.shangmen.billing.application.port.out.EarningStore;
import org.shangmen.billing.application.port.out.LedgerStore;
import org.shangmen.billing.application.port.out.PaymentGateways;
import org.shangmen.billing.application.port.out.PaymentStore;
import org.shangmen.billing.application.port.out.RefundStore;
import org.shangmen.booking.api.OrderPayments;
import org.shangmen.worker.api.WorkerDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The billing module's use cases. {@code shangmen.billing.payment-window} bounds a payment when the order
 * names no deadline; {@code shangmen.billing.default-commission-bp} is the platform's share when no
 * commission rule matches (2000 bp = 20 %).
 */
@Configuration(proxyBeanMethods = false)
class BillingConfiguration {

    @Bean
    PaymentService paymentService(OrderPayments orders, PaymentGateways gateways, PaymentStore payments, RefundStore refunds,
                                  LedgerStore ledger, AnomalyStore anomalies, PlatformTransactionManager transactions, Clock clock,
                                  @Value("${shangmen.billing.payment-window:PT30M}") Duration window, ApplicationEventPublisher events,
                                  AccountContacts contacts) {
        return new PaymentService(orders, gateways, payments, refunds, ledger, anomalies, transactions, clock, window, events, contacts);
    }

    @Bean
    EarningsService earningsService(CommissionRuleStore rules, EarningStore earnings, LedgerStore ledger, WorkerDirectory workers,
                                    PlatformTransactionManager transactions, Clock clock,
                                    @Value("${shangmen.billing.default-commission-bp:2000}") int defaultRateBp) {
        return new EarningsService(rules, earnings, ledger, workers, transactions, clock, defaultRateBp);
    }

    @Bean
    PromotionService promotionService(PromotionStore store, PlatformTransactionManager transactions, Clock clock,
                                      AccountDirectory accounts) {
        return new PromotionService(store, transactions, clock, id -> accounts.find(id)
                .filter(a -> a.roles().contains(Role.CUSTOMER) && a.active() && a.verified()).isPresent());
    }

    @Bean
    AdministrationService billingAdministration(PaymentStore payments, PaymentService refunds, AnomalyStore anomalies,
                                                CommissionRuleStore rules, EarningStore earnings, LedgerStore ledger,
                                                PlatformTransactionManager transactions, Clock clock, ApplicationEventPublisher events) {
        return new AdministrationService(payments, refunds, anomalies, rules, earnings, ledger, transactions, clock, events);
    }
}
