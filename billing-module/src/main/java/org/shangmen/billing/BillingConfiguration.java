package org.shangmen.billing;

import org.shangmen.billing.application.CouponIssue;
import org.shangmen.billing.application.PackageConsumptionService;
import org.shangmen.billing.application.PackagePayables;
import org.shangmen.billing.application.PackageSalesService;
import org.shangmen.billing.application.port.out.PackageStore;
import org.shangmen.booking.api.SeriesPackages;
import org.shangmen.billing.application.CouponService;
import org.shangmen.billing.application.DiscountService;
import org.shangmen.billing.application.PromotionAdminService;
import org.shangmen.billing.application.port.out.PromotionStore;
import java.time.Clock;
import org.shangmen.identity.api.AccountContacts;
import org.shangmen.identity.api.AccountDirectory;
import org.shangmen.identity.api.Role;
import org.springframework.context.ApplicationEventPublisher;
import java.time.Duration;
import org.shangmen.billing.application.CommissionRuleService;
import org.shangmen.billing.application.FinanceReportService;
import org.shangmen.billing.application.OperatorRefundService;
import org.shangmen.billing.application.PayEstimateService;
import org.shangmen.billing.application.SettlementService;
import org.shangmen.billing.application.EarningsService;
import org.shangmen.billing.application.RefundProcessing;
import org.shangmen.billing.application.RefundService;
import org.shangmen.billing.application.SettlePaymentService;
import org.shangmen.billing.application.StartPaymentService;
import org.shangmen.billing.application.port.in.RefundPayments;
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

    /** Orders and placements are booking's to pay; a prepaid package (paid under its own id) is billing's. */
    private static OrderPayments payables(OrderPayments orders, PackageStore packages, LedgerStore ledger, ApplicationEventPublisher events,
                                          Clock clock) {
        return new PackagePayables(orders, packages, ledger, events, clock);
    }

    @Bean
    StartPaymentService startPaymentService(OrderPayments orders, PaymentGateways gateways, PaymentStore payments, AccountContacts contacts,
                                            PackageStore packages, LedgerStore ledger, ApplicationEventPublisher events,
                                            PlatformTransactionManager transactions, Clock clock,
                                            @Value("${shangmen.billing.payment-window:PT30M}") Duration window) {
        return new StartPaymentService(payables(orders, packages, ledger, events, clock), gateways, payments, contacts, transactions, clock,
                window);
    }

    @Bean
    PackageConsumptionService packageConsumptionService(PackageStore packages, SeriesPackages series, OrderPayments orders,
                                                        LedgerStore ledger, RefundProcessing refunding,
                                                        PlatformTransactionManager transactions, Clock clock) {
        return new PackageConsumptionService(packages, series, orders, ledger, refunding, transactions, clock);
    }

    @Bean
    PackageSalesService packageSalesService(PackageStore packages, SeriesPackages series, PackageConsumptionService consumption,
                                            PlatformTransactionManager transactions, Clock clock) {
        return new PackageSalesService(packages, series, consumption, transactions, clock);
    }

    @Bean
    RefundProcessing refundProcessing(PaymentGateways gateways, PaymentStore payments, RefundStore refunds, LedgerStore ledger,
                                      PackageStore packages, PlatformTransactionManager transactions, ApplicationEventPublisher events,
                                      Clock clock) {
        return new RefundProcessing(gateways, payments, refunds, ledger, packages, transactions, events, clock);
    }

    @Bean
    SettlePaymentService settlePaymentService(OrderPayments orders, PaymentGateways gateways, PaymentStore payments, RefundStore refunds,
                                              LedgerStore ledger, AnomalyStore anomalies, RefundProcessing refunding, PackageStore packages,
                                              ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
        return new SettlePaymentService(payables(orders, packages, ledger, events, clock), gateways, payments, refunds, ledger, anomalies,
                refunding, transactions, clock);
    }

    @Bean
    RefundService refundService(PaymentStore payments, RefundStore refunds, LedgerStore ledger, RefundProcessing refunding,
                                PlatformTransactionManager transactions, Clock clock) {
        return new RefundService(payments, refunds, ledger, refunding, transactions, clock);
    }

    @Bean
    EarningsService earningsService(CommissionRuleStore rules, EarningStore earnings, LedgerStore ledger, WorkerDirectory workers,
                                    org.shangmen.worker.api.WorkerComplaintRecord complaints,
                                    PlatformTransactionManager transactions, Clock clock,
                                    @Value("${shangmen.billing.default-commission-bp:2000}") int defaultRateBp) {
        return new EarningsService(rules, earnings, ledger, workers, complaints, transactions, clock, defaultRateBp);
    }

    @Bean
    PayEstimateService payEstimateService(CommissionRuleStore rules, WorkerDirectory workers,
                                          @Value("${shangmen.billing.default-commission-bp:2000}") int defaultRateBp) {
        return new PayEstimateService(rules, workers, defaultRateBp);
    }

    @Bean
    DiscountService discountService(PromotionStore store, PlatformTransactionManager transactions, Clock clock) {
        return new DiscountService(store, transactions, clock);
    }

    @Bean
    CouponIssue couponIssue(PromotionStore store, Clock clock) {
        return new CouponIssue(store, clock);
    }

    @Bean
    CouponService couponService(PromotionStore store, CouponIssue issuing, PlatformTransactionManager transactions, Clock clock) {
        return new CouponService(store, issuing, transactions, clock);
    }

    @Bean
    PromotionAdminService promotionAdminService(PromotionStore store, CouponIssue issuing, PlatformTransactionManager transactions,
                                                Clock clock, AccountDirectory accounts) {
        return new PromotionAdminService(store, issuing, transactions, clock, id -> accounts.find(id)
                .filter(a -> a.roles().contains(Role.CUSTOMER) && a.active() && a.verified()).isPresent());
    }

    @Bean
    OperatorRefundService operatorRefundService(PaymentStore payments, RefundPayments refunds, AnomalyStore anomalies) {
        return new OperatorRefundService(payments, refunds, anomalies);
    }

    @Bean
    CommissionRuleService commissionRuleService(CommissionRuleStore rules, PlatformTransactionManager transactions, Clock clock,
                                                PayEstimateService estimates) {
        return new CommissionRuleService(rules, transactions, clock, estimates::forgetRules);
    }

    @Bean
    SettlementService settlementService(EarningStore earnings, LedgerStore ledger, PlatformTransactionManager transactions, Clock clock,
                                        ApplicationEventPublisher events) {
        return new SettlementService(earnings, ledger, transactions, clock, events);
    }

    @Bean
    FinanceReportService financeReportService(LedgerStore ledger) {
        return new FinanceReportService(ledger);
    }
}
