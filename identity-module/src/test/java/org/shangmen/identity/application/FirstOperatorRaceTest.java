package org.shangmen.identity.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.shangmen.identity.application.port.out.AccountStore;
import org.shangmen.identity.application.port.out.PasswordHasher;
import org.shangmen.identity.domain.Account;
import org.shangmen.kernel.DomainException;

/** The first operator from configuration when several instances start together on one database. */
class FirstOperatorRaceTest {

    private final AccountStore accounts = mock(AccountStore.class);
    private final PasswordHasher hasher = mock(PasswordHasher.class);
    private final OperatorAccountService service = new OperatorAccountService(accounts, hasher,
            Clock.fixed(Instant.parse("2026-12-05T06:00:00Z"), ZoneOffset.ofHours(8)));

    @Test
    @DisplayName("A4: an instance whose first-operator insert lost to another instance's starts normally")
    void lostRaceStartsNormally() {
        when(hasher.hash(any())).thenReturn("hash");
        // No operator when this instance looks; another instance's insert commits before this one's.
        when(accounts.anyOperator()).thenReturn(false, true);
        when(accounts.insert(any())).thenReturn(false);

        service.bootstrapAdministrator("admin", "Qx7!mountain-river");

        verify(accounts).insert(any());
    }

    @Test
    @DisplayName("A4: the first operator is created once, as a super-administrator who must change the password")
    void createsTheFirstOperator() {
        when(hasher.hash(any())).thenReturn("hash");
        when(accounts.anyOperator()).thenReturn(false);
        when(accounts.insert(any())).thenReturn(true);

        service.bootstrapAdministrator("admin", "Qx7!mountain-river");

        ArgumentCaptor<Account> made = ArgumentCaptor.forClass(Account.class);
        verify(accounts).insert(made.capture());
        assertThat(made.getValue().username()).contains("admin");
        assertThat(made.getValue().permissions()).containsExactly("superadmin");
        assertThat(made.getValue().passwordChangeRequired()).isTrue();
    }

    @Test
    @DisplayName("A4: a taken username with still no operator is not hidden")
    void takenByNonOperatorStillFails() {
        when(hasher.hash(any())).thenReturn("hash");
        when(accounts.anyOperator()).thenReturn(false);
        when(accounts.insert(any())).thenReturn(false);

        assertThatThrownBy(() -> service.bootstrapAdministrator("admin", "Qx7!mountain-river"))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("identity.username-taken");
    }

    @Test
    @DisplayName("A4: no first operator is made once one exists")
    void noSecondFirstOperator() {
        when(accounts.anyOperator()).thenReturn(true);

        service.bootstrapAdministrator("admin", "Qx7!mountain-river");

        verify(accounts, never()).insert(any());
    }
}
