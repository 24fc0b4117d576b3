package org.shangmen.identity.application;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.shangmen.identity.api.OperatorAdministration;
import org.shangmen.identity.application.port.out.AccountStore;
import org.shangmen.identity.application.port.out.PasswordHasher;
import org.shangmen.identity.domain.Account;
import org.shangmen.identity.domain.PasswordPolicy;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Ids;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.annotation.Transactional;

/** Operators' accounts: created by an operator with their permissions, the first one from configuration. */
public class OperatorAccountService implements OperatorAdministration {

    private static final Logger log = LoggerFactory.getLogger(OperatorAccountService.class);
    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,31}");

    private final AccountStore accounts;
    private final PasswordHasher hasher;
    private final Clock clock;

    public OperatorAccountService(AccountStore accounts, PasswordHasher hasher, Clock clock) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.clock = clock;
    }

    @Override
    @Transactional
    public OperatorView createOperator(String username, String initialPassword, Set<String> permissions) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw DomainException.invalid("identity.username-invalid");
        }
        if (permissions == null || permissions.isEmpty() || !PERMISSIONS.containsAll(permissions)) {
            throw DomainException.invalid("identity.permissions-invalid", String.join(", ", new TreeSet<>(PERMISSIONS)));
        }
        PasswordPolicy.check(initialPassword, name);
        Account operator = Account.operator(Ids.newId(clock), name, hasher.hash(initialPassword), permissions, clock.instant());
        if (!accounts.insert(operator)) {
            throw DomainException.conflict("identity.username-taken");
        }
        return operatorView(operator);
    }

    @Override
    @Transactional(readOnly = true)
    public List<OperatorView> operators() {
        return accounts.operators().stream()
                .sorted(Comparator.comparing(Account::createdAt))
                .map(OperatorAccountService::operatorView).toList();
    }

    /** The first operator, from configuration, on a platform that has none yet. */
    @Transactional
    public void bootstrapAdministrator(String username, String password) {
        if (accounts.anyOperator()) {
            return;
        }
        if (username == null || username.isBlank() || password == null || password.isBlank()) {
            log.warn("No operator account exists. Set SHANGMEN_ADMIN_USERNAME and SHANGMEN_ADMIN_PASSWORD to create the first one.");
            return;
        }
        try {
            createOperator(username, password, Set.of("superadmin"));
        } catch (DomainException e) {
            // Several instances starting together on one database all see no operator; the one whose insert
            // lost the race finds the first operator made by another and starts like the others.
            if ("identity.username-taken".equals(e.code()) && accounts.anyOperator()) {
                log.info("The first operator account was created by another instance starting at the same time.");
                return;
            }
            throw e;
        }
        log.info("The first operator account was created; its password must be changed at first sign-in.");
    }

    private static OperatorView operatorView(Account a) {
        return new OperatorView(a.id(), a.username().orElse(""), a.permissions(), a.passwordChangeRequired(),
                a.status() == Account.Status.ACTIVE, a.createdAt());
    }
}
