package org.shangmen.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.identity.api.Role;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.ErrorKind;

class IdentityDomainTest {

    private static final Instant NOW = Instant.parse("2026-11-25T02:00:00Z");

    private static Account customer() {
        return Account.register(UUID.randomUUID(), Role.CUSTOMER, Optional.of(PhoneNumber.parse("13812341234")), Optional.empty(),
                Optional.of("hash"), false, NOW);
    }

    private static String code(Runnable action) {
        try {
            action.run();
        } catch (DomainException e) {
            return e.code();
        }
        return "none";
    }

    @Test
    @DisplayName("C1.1 mainland mobile numbers in every usual spelling become one E.164 form; others are refused")
    void phones() {
        for (String input : List.of("13812341234", "138 1234 1234", "+86 138-1234-1234", "8613812341234", "+8613812341234")) {
            assertThat(PhoneNumber.parse(input).e164()).as(input).isEqualTo("+8613812341234");
        }
        for (String bad : List.of("075512345678", "12345678901", "+12125550100", "1381234123", "", "13812341234x")) {
            assertThatThrownBy(() -> PhoneNumber.parse(bad)).as(bad).isInstanceOf(DomainException.class);
        }
        assertThat(PhoneNumber.parse("13812341234").masked()).isEqualTo("138****1234");
        assertThat(PhoneNumber.parse("13812341234").toString()).doesNotContain("1234123");
    }

    @Test
    @DisplayName("C1.4 the fifth wrong password locks for 15 minutes; after the lock a new count starts")
    void lockout() {
        Account account = customer();
        for (int i = 1; i <= 4; i++) {
            account = account.failedSignIn(NOW);
            assertThat(account.isLocked(NOW)).isFalse();
        }
        account = account.failedSignIn(NOW);
        assertThat(account.isLocked(NOW)).isTrue();
        Account locked = account;
        assertThatThrownBy(() -> locked.ensureMaySignIn(NOW.plus(Duration.ofMinutes(14))))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).kind()).isEqualTo(ErrorKind.FORBIDDEN);
        Instant later = NOW.plus(Duration.ofMinutes(15)).plusSeconds(1);
        locked.ensureMaySignIn(later);
        Account again = locked.failedSignIn(later);
        assertThat(again.failedLogins()).isEqualTo(1);
        assertThat(again.isLocked(later)).isFalse();
        assertThat(locked.succeededSignIn().failedLogins()).isZero();
    }

    @Test
    @DisplayName("C1.1 code sending limits: a minute apart, five an hour, ten a day, twenty an hour per address")
    void codeLimits() {
        assertThat(code(() -> VerificationCodePolicy.ensureMaySend(List.of(NOW.minusSeconds(30)), 0, NOW)))
                .isEqualTo("identity.code-resend-too-soon");
        List<Instant> fiveThisHour = List.of(NOW.minusSeconds(61), NOW.minusSeconds(600), NOW.minusSeconds(1200),
                NOW.minusSeconds(1800), NOW.minusSeconds(3000));
        assertThat(code(() -> VerificationCodePolicy.ensureMaySend(fiveThisHour, 0, NOW))).isEqualTo("identity.code-hourly-limit");
        assertThat(code(() -> VerificationCodePolicy.ensureMaySend(fiveThisHour.subList(0, 4), 0, NOW))).isEqualTo("none");
        List<Instant> tenToday = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            tenToday.add(NOW.minus(Duration.ofHours(2 + i)));
        }
        assertThat(code(() -> VerificationCodePolicy.ensureMaySend(tenToday, 0, NOW))).isEqualTo("identity.code-daily-limit");
        assertThat(code(() -> VerificationCodePolicy.ensureMaySend(tenToday.subList(0, 9), 0, NOW))).isEqualTo("none");
        assertThat(code(() -> VerificationCodePolicy.ensureMaySend(List.of(), 20, NOW))).isEqualTo("identity.code-address-limit");
        assertThat(code(() -> VerificationCodePolicy.ensureMaySend(List.of(), 19, NOW))).isEqualTo("none");
        java.security.SecureRandom random = new java.security.SecureRandom();
        for (int i = 0; i < 1000; i++) {
            assertThat(VerificationCodePolicy.newCode(random)).matches("[0-9]{6}");
        }
    }

    @Test
    @DisplayName("C1.1 password rules: length 8 to 128 in characters, not common, not the phone; any characters allowed")
    void passwords() {
        assertThat(code(() -> PasswordPolicy.check("1234567"))).isEqualTo("identity.password-too-short");
        assertThat(code(() -> PasswordPolicy.check("a".repeat(129)))).isEqualTo("identity.password-too-long");
        assertThat(code(() -> PasswordPolicy.check("Woaini1314"))).isEqualTo("identity.password-too-common");
        assertThat(code(() -> PasswordPolicy.check("13812341234", "13812341234"))).isEqualTo("identity.password-is-personal");
        assertThat(code(() -> PasswordPolicy.check("清洁阿姨很专业呀"))).isEqualTo("none");
        assertThat(code(() -> PasswordPolicy.check("correct horse battery staple"))).isEqualTo("none");
    }

    @Test
    @DisplayName("C1.2 an account registered by e-mail may transact only once the address is verified; operators need a new password first")
    void verificationAndOperators() {
        Account byMail = Account.register(UUID.randomUUID(), Role.CUSTOMER, Optional.empty(), Optional.of(EmailAddress.parse(" Li@Example.COM ")),
                Optional.of("hash"), false, NOW);
        assertThat(byMail.email().orElseThrow().value()).isEqualTo("li@example.com");
        assertThat(byMail.isVerified()).isFalse();
        assertThat(byMail.withVerifiedEmail().isVerified()).isTrue();
        Account operator = Account.operator(UUID.randomUUID(), "ops", "hash", java.util.Set.of("ops"), NOW);
        assertThat(operator.effectivePermissions()).isEmpty();
        assertThat(operator.withPassword("new").effectivePermissions()).containsExactly("ops");
        assertThatThrownBy(() -> customer().withRole(Role.ADMIN)).isInstanceOf(DomainException.class);
    }
}
