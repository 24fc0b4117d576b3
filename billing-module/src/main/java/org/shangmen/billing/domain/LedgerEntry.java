package org.shangmen.billing.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One balanced movement of money: at least two postings that sum to zero. An unbalanced entry cannot be
 * made; corrections are new entries, never edits.
 */
public record LedgerEntry(UUID id, EntryKind kind, String sourceId, Optional<UUID> orderId, Optional<String> districtCode,
                          String description, Instant at, List<Posting> postings) {

    /** One line of an entry; {@code partyId} names the worker of a WORKER_PAYABLE line. */
    public record Posting(LedgerAccount account, Optional<UUID> partyId, long amountFen) {
        public Posting {
            Objects.requireNonNull(account);
            if (amountFen == 0) {
                throw new IllegalArgumentException("a posting moves money");
            }
        }

        public static Posting debit(LedgerAccount account, long fen) {
            return new Posting(account, Optional.empty(), fen);
        }

        public static Posting credit(LedgerAccount account, long fen) {
            return new Posting(account, Optional.empty(), Math.negateExact(fen));
        }

        public static Posting credit(LedgerAccount account, UUID party, long fen) {
            return new Posting(account, Optional.of(party), Math.negateExact(fen));
        }

        public static Posting debit(LedgerAccount account, UUID party, long fen) {
            return new Posting(account, Optional.of(party), fen);
        }
    }

    public LedgerEntry {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(sourceId);
        postings = List.copyOf(postings);
        if (postings.size() < 2) {
            throw new IllegalArgumentException("an entry has at least two postings");
        }
        long sum = 0;
        for (Posting p : postings) {
            sum = Math.addExact(sum, p.amountFen());
        }
        if (sum != 0) {
            throw new IllegalArgumentException("unbalanced entry " + kind + " " + sourceId + ": postings sum to " + sum);
        }
    }

    /** The entry's postings on one account, summed. */
    public long sum(LedgerAccount account) {
        long sum = 0;
        for (Posting p : postings) {
            if (p.account() == account) {
                sum = Math.addExact(sum, p.amountFen());
            }
        }
        return sum;
    }
}
