package org.shangmen.identity.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.identity.domain.CodePurpose;

/** Verification codes, stored as keyed hashes only. */
public interface CodeStore {

    record StoredCode(UUID id, String targetHash, CodePurpose purpose, String codeHash, Instant expiresAt,
                      int failedAttempts, boolean consumed) {
    }

    void insert(StoredCode code, String requesterHash, Instant createdAt);

    List<Instant> sendTimes(String targetHash, Instant since);

    long sendsFrom(String requesterHash, Instant since);

    /** Reserves the one send a phone may have in a minute; false when another request already has it. */
    boolean reserveSendSlot(String targetHash, long minute);

    Optional<StoredCode> latest(String targetHash, CodePurpose purpose);

    void recordWrongEntry(UUID codeId);

    /** Marks a code used; true for exactly one caller, and only while it is live. */
    boolean consume(UUID codeId, Instant now);
}
