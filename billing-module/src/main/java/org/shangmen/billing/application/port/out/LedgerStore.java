package org.shangmen.billing.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.billing.domain.EntryKind;
import org.shangmen.billing.domain.LedgerAccount;
import org.shangmen.billing.domain.LedgerEntry;

/** The append-only ledger; every balance is a sum of postings, never a stored figure. */
public interface LedgerStore {

    /** False when the entry for this kind and source exists already (nothing appended). */
    boolean append(LedgerEntry entry);

    /** Balance of an account, optionally of one party (a worker). */
    long balance(LedgerAccount account, Optional<UUID> party);

    /** Balance of an account over one order's entries. */
    long orderBalance(UUID orderId, LedgerAccount account);

    /** Sum of every posting ever made: zero in a healthy ledger. */
    long grandTotal();

    /** Number of entries whose postings do not sum to zero: zero in a healthy ledger. */
    long unbalancedEntries();

    /**
     * Sums of postings by account and entry kind for entries in [from, until), optionally of one region
     * (a district, or a city code ending in 00 for all its districts).
     */
    Map<LedgerAccount, Map<EntryKind, Long>> sums(Instant from, Instant until, Optional<String> region);

    List<LedgerEntry> ofOrder(UUID orderId);
}
