package org.shangmen.billing.adapter.out.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.shangmen.billing.application.port.out.LedgerStore;
import org.shangmen.billing.domain.EntryKind;
import org.shangmen.billing.domain.LedgerAccount;
import org.shangmen.billing.domain.LedgerEntry;
import org.shangmen.billing.domain.LedgerEntry.Posting;
import org.springframework.stereotype.Repository;

/** Entries are inserted once and never updated or deleted; the entry row's unique (kind, source) makes a repeat a no-op. */
@Repository
class JdbiLedgerStore implements LedgerStore {

    private final Jdbi jdbi;

    JdbiLedgerStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public boolean append(LedgerEntry e) {
        return jdbi.withHandle(h -> {
            int inserted = h.createUpdate("INSERT INTO billing.ledger_entry (id, kind, source_id, order_id, district_code, description, at) "
                            + "VALUES (:id, :kind, :source, :order, :district, :description, :at) ON CONFLICT DO NOTHING")
                    .bind("id", e.id()).bind("kind", e.kind().name()).bind("source", e.sourceId()).bind("order", e.orderId().orElse(null))
                    .bind("district", e.districtCode().orElse(null)).bind("description", e.description()).bind("at", e.at()).execute();
            if (inserted == 0) {
                return false;
            }
            var batch = h.prepareBatch("INSERT INTO billing.ledger_posting (entry_id, line, account, party_id, amount_fen) "
                    + "VALUES (:entry, :line, :account, :party, :amount)");
            int line = 0;
            for (Posting p : e.postings()) {
                batch.bind("entry", e.id()).bind("line", ++line).bind("account", p.account().name()).bind("party", p.partyId().orElse(null))
                        .bind("amount", p.amountFen()).add();
            }
            batch.execute();
            return true;
        });
    }

    @Override
    public long balance(LedgerAccount account, Optional<UUID> party) {
        return jdbi.withHandle(h -> {
            var q = h.createQuery("SELECT COALESCE(SUM(amount_fen), 0) FROM billing.ledger_posting WHERE account = :account"
                    + (party.isPresent() ? " AND party_id = :party" : "")).bind("account", account.name());
            party.ifPresent(p -> q.bind("party", p));
            return q.mapTo(Long.class).one();
        });
    }

    @Override
    public long orderBalance(UUID orderId, LedgerAccount account) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COALESCE(SUM(p.amount_fen), 0) FROM billing.ledger_posting p "
                        + "JOIN billing.ledger_entry e ON e.id = p.entry_id WHERE e.order_id = :order AND p.account = :account")
                .bind("order", orderId).bind("account", account.name()).mapTo(Long.class).one());
    }

    @Override
    public long grandTotal() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COALESCE(SUM(amount_fen), 0) FROM billing.ledger_posting").mapTo(Long.class).one());
    }

    @Override
    public long unbalancedEntries() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM (SELECT entry_id FROM billing.ledger_posting GROUP BY entry_id "
                + "HAVING SUM(amount_fen) <> 0 OR COUNT(*) < 2) u").mapTo(Long.class).one());
    }

    @Override
    public Map<LedgerAccount, Map<EntryKind, Long>> sums(Instant from, Instant until, Optional<String> region) {
        Map<LedgerAccount, Map<EntryKind, Long>> sums = new EnumMap<>(LedgerAccount.class);
        jdbi.useHandle(h -> {
            var q = h.createQuery("SELECT p.account, e.kind, SUM(p.amount_fen) AS total FROM billing.ledger_posting p "
                    + "JOIN billing.ledger_entry e ON e.id = p.entry_id WHERE e.at >= :from AND e.at < :until"
                    + (region.isPresent() ? " AND " + Rows.regionClause("e.district_code") : "")
                    + " GROUP BY p.account, e.kind").bind("from", from).bind("until", until);
            region.ifPresent(r -> q.bind("region", r).bind("cityPrefix", Rows.cityPrefix(r)));
            q.map((rs, ctx) -> Map.entry(Map.entry(LedgerAccount.valueOf(rs.getString("account")), EntryKind.valueOf(rs.getString("kind"))),
                    rs.getLong("total"))).forEach(row -> sums.computeIfAbsent(row.getKey().getKey(), a -> new EnumMap<>(EntryKind.class))
                    .put(row.getKey().getValue(), row.getValue()));
        });
        return sums;
    }

    @Override
    public List<LedgerEntry> ofOrder(UUID orderId) {
        return jdbi.withHandle(h -> {
            Map<UUID, List<Posting>> postings = new LinkedHashMap<>();
            Map<UUID, Object[]> heads = new LinkedHashMap<>();
            h.createQuery("SELECT e.id, e.kind, e.source_id, e.district_code, e.description, e.at, p.account, p.party_id, p.amount_fen "
                            + "FROM billing.ledger_entry e JOIN billing.ledger_posting p ON p.entry_id = e.id WHERE e.order_id = :order "
                            + "ORDER BY e.at, e.id, p.line")
                    .bind("order", orderId)
                    .map((rs, ctx) -> {
                        UUID id = rs.getObject("id", UUID.class);
                        heads.putIfAbsent(id, new Object[] {EntryKind.valueOf(rs.getString("kind")), rs.getString("source_id"),
                                rs.getString("district_code"), rs.getString("description"), Rows.instant(rs, "at").orElseThrow()});
                        postings.computeIfAbsent(id, k -> new ArrayList<>()).add(new Posting(LedgerAccount.valueOf(rs.getString("account")),
                                Optional.ofNullable(rs.getObject("party_id", UUID.class)), rs.getLong("amount_fen")));
                        return id;
                    }).list();
            List<LedgerEntry> entries = new ArrayList<>();
            heads.forEach((id, head) -> entries.add(new LedgerEntry(id, (EntryKind) head[0], (String) head[1], Optional.of(orderId),
                    Optional.ofNullable((String) head[2]), (String) head[3], (Instant) head[4], postings.get(id))));
            return entries;
        });
    }
}
