package org.shangmen.booking.adapter.out.persistence;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.shangmen.booking.api.event.QuoteMade;
import org.shangmen.booking.application.port.out.QuoteLog;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.springframework.stereotype.Repository;

/** {@code booking.quote_log}: one row a quote, in the caller's transaction. */
@Repository
class JdbiQuoteLog implements QuoteLog {

    private final Jdbi jdbi;

    JdbiQuoteLog(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void add(QuoteMade q) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO booking.quote_log (id, customer_id, district_code, item_codes, total_fen, discount_fen, "
                        + "quoted_at) VALUES (:id, :customer, :district, :items, :total, :discount, :at)")
                .bind("id", q.quoteId()).bind("customer", q.customerId().orElse(null)).bind("district", q.districtCode())
                .bind("items", String.join(",", q.itemCodes())).bind("total", q.totalFen()).bind("discount", q.discountFen())
                .bind("at", q.at().atOffset(ZoneOffset.UTC)).execute());
    }

    @Override
    public Page<QuoteMade> all(PageRequest page) {
        return jdbi.withHandle(h -> {
            long total = h.createQuery("SELECT COUNT(*) FROM booking.quote_log").mapTo(Long.class).one();
            var items = h.createQuery("SELECT * FROM booking.quote_log ORDER BY quoted_at, id LIMIT :limit OFFSET :offset")
                    .bind("limit", page.size()).bind("offset", page.offset())
                    .map((rs, ctx) -> new QuoteMade(rs.getObject("id", UUID.class), Optional.ofNullable(rs.getObject("customer_id", UUID.class)),
                            rs.getString("district_code"), Arrays.stream(rs.getString("item_codes").split(",")).filter(s -> !s.isEmpty()).toList(),
                            rs.getLong("total_fen"), rs.getLong("discount_fen"), rs.getObject("quoted_at", OffsetDateTime.class).toInstant()))
                    .list();
            return Page.of(items, page, total);
        });
    }
}
