package org.shangmen.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.app.support.Await;
import org.shangmen.app.support.Http;
import org.shangmen.app.support.Journeys;
import org.shangmen.app.support.MutableClock;
import org.shangmen.app.support.PlatformTest;
import org.shangmen.app.support.Statements;
import org.shangmen.notification.application.port.in.DeliverNotice;
import org.shangmen.worker.WorkerJourneys.Certified;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * One rung's offers to several workers are one fact: one event publication for the rung and one for
 * their notices, and still each worker finds exactly one notice of the offer in the message centre.
 */
@PlatformTest
class OfferNoticesBatchTest {

    @Autowired
    MutableClock clock;
    @Autowired
    Http http;
    @Autowired
    Jdbi jdbi;
    @Autowired
    Journeys journeys;
    @Autowired
    DispatchJourneys dispatch;
    @Autowired
    DeliverNotice delivery;
    @Autowired
    PublishedFacts facts;

    @Test
    @DisplayName("W2.1 an order offered to three workers at once: each hears of it once, through one publication for the offers and one for the notices")
    void oneRungOneFact() {
        // Dapeng (440308): three workers near one another and nobody else.
        double lat = 22.5950;
        double lng = 114.4800;
        String ops = journeys.operatorToken("ops");
        List<Certified> workers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            workers.add(dispatch.worker("批量" + (char) ('甲' + i), ops, "440308", lat + i * 0.001, lng));
        }
        UUID orderId = dispatch.submitted(journeys.customerToken(),
                dispatch.request("440308", lat, lng, DispatchJourneys.tomorrowAt(clock.instant(), 11)));

        for (Certified worker : workers) {
            String offerId = dispatch.offerFor(worker.token(), orderId);
            Await.condition(() -> offerNotices(worker, offerId) == 1, "the offer's notice to " + worker.workerId());
        }
        Await.condition(() -> facts.offersMade(orderId) == 1, "the offers' publication");
        assertThat(count("SELECT COUNT(*) FROM dispatch.offer WHERE order_id = :o", orderId)).isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM dispatch.decision WHERE order_id = :o AND kind = 'OFFERED'", orderId)).isEqualTo(1);
        List<String> noticeIds = jdbi.withHandle(h -> h.createQuery("SELECT CAST(id AS VARCHAR(36)) FROM notification.notice "
                + "WHERE template = 'OFFER_RECEIVED' AND subject_id IN (SELECT CAST(id AS VARCHAR(36)) FROM dispatch.offer WHERE order_id = :o)")
                .bind("o", orderId).mapTo(String.class).list());
        assertThat(noticeIds).hasSize(3);
        Await.condition(() -> facts.noticesStored(UUID.fromString(noticeIds.getFirst())) == 1, "the notices' one publication");
        for (String noticeId : noticeIds) {
            assertThat(facts.noticesStored(UUID.fromString(noticeId))).as("all three notices in the same publication").isEqualTo(1);
        }
        assertThat(facts.offersMade(orderId)).as("one publication for the rung's offers").isEqualTo(1);
        Await.condition(() -> incomplete(orderId.toString()) == 0 && incomplete(noticeIds.getFirst()) == 0, "every publication to complete");
        assertThat(count("SELECT COUNT(*) FROM event_publication WHERE serialized_event LIKE '%' || CAST(:o AS VARCHAR(36)) || '%'", orderId)
                + count("SELECT COUNT(*) FROM event_publication_archive WHERE serialized_event LIKE '%' || CAST(:o AS VARCHAR(36)) || '%'", orderId))
                .as("completed publications are deleted, not kept or archived").isZero();

        // Their other channels: the three notices and their recipients' settings in two reads, not two a notice.
        List<String> reads = Statements.counted(jdbi, () -> {
            delivery.deliverAll(noticeIds.stream().map(UUID::fromString).toList());
            return null;
        }).statements().stream().filter(sql -> sql.contains("notification.")).toList();
        assertThat(reads).as("the notification statements of delivering three notices").hasSize(2);
    }

    private long offerNotices(Certified worker, String offerId) {
        long n = 0;
        for (JsonNode notice : http.get("/api/v1/me/notices?unreadFirst=false&size=100").bearer(worker.token()).send().json().path("items")) {
            if ("OFFER_RECEIVED".equals(notice.path("template").asString()) && notice.toString().contains(offerId)) {
                n++;
            }
        }
        return n;
    }

    private long incomplete(String containing) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL "
                + "AND serialized_event LIKE :pattern").bind("pattern", "%" + containing + "%").mapTo(Long.class).one());
    }

    private long count(String sql, UUID order) {
        return jdbi.withHandle(h -> h.createQuery(sql).bind("o", order).mapTo(Long.class).one());
    }
}
