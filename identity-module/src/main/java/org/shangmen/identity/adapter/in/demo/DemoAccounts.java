package org.shangmen.identity.adapter.in.demo;

import org.shangmen.identity.api.Role;
import org.shangmen.identity.application.AccountService;
import org.shangmen.kernel.DemoData;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo people who can sign in at once: a customer (13800000000) and six workers (13800000001–06),
 * all with the password {@code Shangmen-demo-2026}; with {@code shangmen.demo.load-workers=N} also N more
 * workers (13900000001 on) for the load driver in {@code benchmarks/}.
 */
@Component
@Profile("demo")
class DemoAccounts implements DemoData {

    static final String PASSWORD = "Shangmen-demo-2026";
    private final AccountService accounts;
    private final int loadWorkers;

    DemoAccounts(AccountService accounts, @Value("${shangmen.demo.load-workers:0}") int loadWorkers) {
        this.accounts = accounts;
        this.loadWorkers = loadWorkers;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public void seed() {
        accounts.ensureAccount(DemoData.accountId("customer-1"), Role.CUSTOMER, "13800000000", PASSWORD);
        for (int i = 1; i <= 6; i++) {
            accounts.ensureAccount(DemoData.accountId("worker-" + i), Role.WORKER, "1380000000" + i, PASSWORD);
        }
        for (int i = 1; i <= loadWorkers; i++) {
            accounts.ensureAccount(DemoData.accountId("load-worker-" + i), Role.WORKER, "139" + String.format("%08d", i), PASSWORD);
        }
    }
}
