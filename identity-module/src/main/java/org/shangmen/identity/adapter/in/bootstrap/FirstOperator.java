package org.shangmen.identity.adapter.in.bootstrap;

import org.shangmen.identity.application.OperatorAccountService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** On the first start, creates the initial operator from configuration; never again once one exists. */
@Component
@Order(0)
class FirstOperator implements ApplicationRunner {

    private final OperatorAccountService accounts;
    private final String username;
    private final String password;

    FirstOperator(OperatorAccountService accounts,
                  @Value("${shangmen.identity.bootstrap-admin.username:}") String username,
                  @Value("${shangmen.identity.bootstrap-admin.password:}") String password) {
        this.accounts = accounts;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        accounts.bootstrapAdministrator(username, password);
    }
}
