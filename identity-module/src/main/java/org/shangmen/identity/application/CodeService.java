package org.shangmen.identity.application;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.shangmen.identity.application.port.in.SendVerificationCode;
import org.shangmen.identity.application.port.out.AccountStore;
import org.shangmen.identity.application.port.out.CodeStore;
import org.shangmen.identity.application.port.out.CodeStore.StoredCode;
import org.shangmen.identity.application.port.out.SmsSender;
import org.shangmen.identity.domain.CodePurpose;
import org.shangmen.identity.domain.PhoneNumber;
import org.shangmen.identity.domain.VerificationCodePolicy;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.FieldCipher;
import org.shangmen.kernel.Ids;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.annotation.Transactional;

/** Sends SMS verification codes within the limits, and checks and consumes them. */
public class CodeService implements SendVerificationCode {

    private static final Logger security = LoggerFactory.getLogger("shangmen.security");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CodeStore codes;
    private final AccountStore accounts;
    private final SmsSender sms;
    private final FieldCipher cipher;
    private final AttemptLedger ledger;
    private final Clock clock;

    public CodeService(CodeStore codes, AccountStore accounts, SmsSender sms, FieldCipher cipher, AttemptLedger ledger, Clock clock) {
        this.codes = codes;
        this.accounts = accounts;
        this.sms = sms;
        this.cipher = cipher;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    @Transactional
    public CodeSent send(SendCode command) {
        PhoneNumber phone = PhoneNumber.parse(command.phone());
        Instant now = clock.instant();
        // A registered phone is answered like a new one and counted against the same limits, but gets no
        // code: the answer tells nobody whether the phone has an account.
        boolean registered = command.purpose() == CodePurpose.REGISTER && accounts.byPhone(phone).isPresent();
        String target = targetHash(phone);
        String requester = addressHash(command.clientAddress());
        try {
            VerificationCodePolicy.ensureMaySend(codes.sendTimes(target, now.minus(Duration.ofDays(1))),
                    codes.sendsFrom(requester, now.minus(Duration.ofHours(1))), now);
        } catch (DomainException limited) {
            security.warn("code send refused: limit={} purpose={}", limited.code(), command.purpose());
            throw limited;
        }
        if (!codes.reserveSendSlot(target, now.getEpochSecond() / 60)) {
            throw new DomainException(org.shangmen.kernel.ErrorKind.TOO_MANY_REQUESTS, "identity.code-resend-too-soon", 60);
        }
        String code = VerificationCodePolicy.newCode(RANDOM);
        UUID id = Ids.newId(clock);
        codes.insert(new StoredCode(id, target, command.purpose(), codeHash(id, code), now.plus(VerificationCodePolicy.VALIDITY),
                0, false), requester, now);
        if (registered) {
            security.info("code not sent: purpose={} to a registered phone", command.purpose());
        } else {
            sms.sendVerificationCode(phone, code, (int) VerificationCodePolicy.VALIDITY.toMinutes());
            security.info("code sent: purpose={}", command.purpose());
        }
        return new CodeSent((int) VerificationCodePolicy.VALIDITY.toSeconds(), (int) VerificationCodePolicy.RESEND_INTERVAL.toSeconds());
    }

    /**
     * Checks the latest code sent to the phone for the purpose and uses it up. A wrong entry is
     * counted even though the request fails; the fifth kills the code.
     */
    public void verifyAndConsume(PhoneNumber phone, CodePurpose purpose, String code) {
        if (!VerificationCodePolicy.looksLikeCode(code)) {
            throw DomainException.invalid("identity.code-format");
        }
        Instant now = clock.instant();
        StoredCode stored = codes.latest(targetHash(phone), purpose)
                .orElseThrow(() -> DomainException.rejected("identity.code-invalid"));
        if (stored.consumed() || stored.failedAttempts() >= VerificationCodePolicy.MAX_WRONG_ENTRIES) {
            throw DomainException.rejected("identity.code-invalid");
        }
        if (!stored.expiresAt().isAfter(now)) {
            throw DomainException.rejected("identity.code-expired");
        }
        if (!stored.codeHash().equals(codeHash(stored.id(), code))) {
            ledger.wrongCode(stored.id());
            security.warn("wrong verification code: purpose={} attempt={}", purpose, stored.failedAttempts() + 1);
            int left = VerificationCodePolicy.MAX_WRONG_ENTRIES - stored.failedAttempts() - 1;
            if (left <= 0) {
                throw DomainException.rejected("identity.code-invalid");
            }
            throw DomainException.rejected("identity.code-wrong", left);
        }
        if (!codes.consume(stored.id(), now)) {
            throw DomainException.rejected("identity.code-invalid");
        }
    }

    /** The keyed hash under which attempts from one client address are counted. */
    public String addressHash(String clientAddress) {
        return cipher.lookupHash("address:" + (clientAddress == null ? "" : clientAddress));
    }

    private String targetHash(PhoneNumber phone) {
        return cipher.lookupHash("phone:" + phone.e164());
    }

    private String codeHash(UUID id, String code) {
        return cipher.lookupHash("code:" + id + ":" + code);
    }
}
