package org.shangmen.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.analytics.AnalyticsJourneys.Person;
import org.shangmen.analytics.application.port.in.RebuildStore;
import org.shangmen.analytics.application.port.out.ViewCounts;
import org.shangmen.analytics.domain.InsightFilter;
import org.shangmen.app.support.Await;
import org.shangmen.app.support.Http;
import org.shangmen.app.support.Journeys;
import org.shangmen.app.support.MutableClock;
import org.shangmen.app.support.PlatformTest;
import org.shangmen.kernel.RegionCode;
import org.shangmen.worker.application.port.in.DefineServiceAreas;
import org.shangmen.worker.application.port.in.DefineServiceAreas.DefineRegion;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A4.1: the store rebuilt from the modules' api into a copy while the live store keeps answering and recording,
 * then swapped in. Orders, a review and a complaint through the real flows, a quote that led nowhere and views of
 * an item's page and of an order; the rebuild is held just before its swap while another order goes through.
 */
@PlatformTest
class StoreRebuildTest {

    static final String DISTRICT = "449903";

    @Autowired
    MutableClock clock;
    @Autowired
    Http http;
    @Autowired
    Journeys journeys;
    @Autowired
    AnalyticsJourneys steps;
    @Autowired
    DefineServiceAreas areas;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RebuildStore rebuilding;
    @Autowired
    AnalyticsStoreProbe probe;
    @Autowired
    ViewCounts viewCounts;

    /** Every fact row of the district: orders with their items, reviews with their words, complaints, quotes, views. */
    private String facts() {
        String orders = "SELECT order_id FROM analytics.order_fact WHERE district_code = '" + DISTRICT + "'";
        StringBuilder all = new StringBuilder();
        for (String sql : List.of(
                "SELECT * FROM analytics.order_fact WHERE district_code = '" + DISTRICT + "' ORDER BY order_id",
                "SELECT * FROM analytics.order_item WHERE order_id IN (" + orders + ") ORDER BY order_id, item_code",
                "SELECT * FROM analytics.review_fact WHERE order_id IN (" + orders + ") ORDER BY order_id",
                "SELECT * FROM analytics.review_word WHERE order_id IN (" + orders + ") ORDER BY order_id, word",
                "SELECT * FROM analytics.complaint_fact WHERE district_code = '" + DISTRICT + "' ORDER BY complaint_id",
                "SELECT * FROM analytics.quote_fact WHERE district_code = '" + DISTRICT + "' ORDER BY quote_id",
                "SELECT * FROM analytics.view_fact WHERE district_code = '" + DISTRICT + "' ORDER BY view_id",
                "SELECT c.customer_id, c.first_month FROM analytics.customer_dim c WHERE c.customer_id IN (SELECT customer_id FROM "
                        + "analytics.order_fact WHERE district_code = '" + DISTRICT + "') ORDER BY c.customer_id")) {
            for (Map<String, Object> row : jdbc.queryForList(sql)) {
                all.append(row).append('\n');
            }
            all.append("--\n");
        }
        return all.toString();
    }

    private void recorded() {
        Await.condition(() -> jdbc.queryForObject("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL "
                + "AND listener_id LIKE 'org.shangmen.analytics.%'", Long.class) == 0, "every event recorded");
    }

    private JsonNode insight(String path) {
        Http.Reply reply = http.get("/api/v1/admin/insights/" + path).bearer(journeys.operatorToken("auditor")).send();
        assertThat(reply.status()).as(path + " " + reply.body()).isEqualTo(200);
        return reply.json();
    }

    private String itemId(String code) {
        for (JsonNode category : http.get("/api/v1/public/catalogue").send().json().path("categories")) {
            for (JsonNode item : category.path("items")) {
                if (code.equals(item.path("code").asString())) {
                    return item.path("id").asString();
                }
            }
        }
        throw new AssertionError("no active item " + code);
    }

    @Test
    @DisplayName("A4.1 a rebuild fills a copy from the modules' api while the live store keeps answering and recording, then swaps it in: "
            + "insights answer during it, a second rebuild is refused, an order placed meanwhile is kept, and the rebuilt store equals the live one, quotes, "
            + "complaints and views included")
    void rebuildWhileIngesting() throws Exception {
        areas.defineRegion(new DefineRegion(RegionCode.of(AnalyticsJourneys.CITY), "分析测试市", false));
        areas.defineRegion(new DefineRegion(RegionCode.of(DISTRICT), "分析三区", true));
        Person worker = steps.worker("重建周阿姨", journeys.operatorToken("ops"), DISTRICT, List.of("DAILY_CLEANING"), 3);
        Person a = steps.customer();
        Person b = steps.customer();
        LocalDate first = LocalDate.ofInstant(clock.instant(), AnalyticsJourneys.SHANGHAI);

        // A views the item's page, orders, pays, is served, writes a low-star review and complains; B cancels; A quotes again.
        assertThat(http.get("/api/v1/public/catalogue/items/" + itemId("daily-cleaning") + "?district=" + DISTRICT).bearer(a.token).send()
                .status()).isEqualTo(200);
        OffsetDateTime start = AnalyticsJourneys.tomorrowAt(clock.instant(), 10);
        UUID served = steps.accepted(a, worker, DISTRICT, start);
        steps.pay(a, served);
        steps.visit(clock, a, worker, served, start, 20);
        steps.review(a, served, 1, "阿姨迟到了,打扫得不干净");
        Http.Reply complained = http.post("/api/v1/customer/complaints", Http.json(Map.of("orderId", served.toString(),
                "category", "LATE_OR_NO_SHOW", "text", "迟到二十分钟"))).bearer(a.token).send();
        assertThat(complained.status()).as(complained.body()).isEqualTo(201);
        steps.signIn(b);
        UUID lost = steps.accepted(b, worker, DISTRICT, AnalyticsJourneys.tomorrowAt(clock.instant(), 15));
        steps.cancel(b, lost, "行程有变");
        steps.quote(a, DISTRICT, AnalyticsJourneys.tomorrowAt(clock.instant(), 9));
        recorded();
        Await.condition(() -> jdbc.queryForObject("SELECT COUNT(*) FROM analytics.view_fact WHERE district_code = ?", Long.class, DISTRICT) >= 3,
                "the item's and the orders' views recorded");
        String live = facts();
        // The funnel's step before the quote, as the store answers it: the item page once, the orders' details as often as opened.
        LocalDate until = LocalDate.ofInstant(clock.instant(), AnalyticsJourneys.SHANGHAI).plusDays(2);
        long orderViews = jdbc.queryForObject("SELECT COUNT(*) FROM analytics.view_fact WHERE kind = 'ORDER' AND district_code = ?", Long.class,
                DISTRICT);
        ViewCounts.Views views = viewCounts.views(new InsightFilter(first.minusDays(1), until, Optional.of(DISTRICT), Optional.empty(),
                Optional.empty()));
        assertThat(views.itemViews()).isEqualTo(1);
        assertThat(views.orderViews()).isEqualTo(orderViews).isPositive();
        assertThat(viewCounts.views(new InsightFilter(first.minusDays(1), until, Optional.of(AnalyticsJourneys.CITY),
                Optional.of("daily-cleaning"), Optional.empty())).itemViews()).isGreaterThanOrEqualTo(1);
        assertThat(viewCounts.views(new InsightFilter(first.minusDays(1), until, Optional.of(DISTRICT), Optional.of("deep-cleaning"),
                Optional.empty()))).isEqualTo(new ViewCounts.Views(0, 0, 0));
        assertThat(live).contains(served.toString(), lost.toString(), "LATE_OR_NO_SHOW", "ITEM", "ORDER");

        // The rebuild is held after filling its copy, before the swap; meanwhile B orders again and the insights answer.
        probe.holdNextSwap();
        CompletableFuture<RebuildStore.Rebuilt> rebuilt = CompletableFuture.supplyAsync(rebuilding::rebuild);
        probe.awaitSwapHeld();
        Http.Reply second = http.post("/api/v1/admin/insights/rebuild", "").bearer(journeys.operatorToken("superadmin")).send();
        assertThat(second.status()).as("one rebuild at a time: " + second.body()).isEqualTo(409);
        assertThat(second.json().path("code").asString()).isEqualTo("analytics.rebuild-running");
        UUID during = steps.accepted(b, worker, DISTRICT, AnalyticsJourneys.tomorrowAt(clock.instant(), 17));
        recorded();
        String period = "from=" + first.minusDays(1) + "&until=" + LocalDate.ofInstant(clock.instant(), AnalyticsJourneys.SHANGHAI).plusDays(2)
                + "&region=" + DISTRICT;
        JsonNode funnel = insight("funnel?" + period);
        long submitted = 0;
        for (JsonNode step : funnel.path("steps")) {
            if ("SUBMITTED".equals(step.path("step").asString())) {
                submitted = step.path("count").asLong();
            }
        }
        assertThat(submitted).as("submitted, the one placed during the rebuild included").isEqualTo(3);
        String liveDuring = facts();
        assertThat(liveDuring).contains(during.toString());
        probe.releaseSwap();
        RebuildStore.Rebuilt done = rebuilt.get(120, TimeUnit.SECONDS);

        assertThat(done.eventsDuringRebuild()).as("recorded into both stores while the copy was built").isPositive();
        assertThat(done.complaints()).isPositive();
        assertThat(facts()).isEqualTo(liveDuring);
        assertThat(insight("funnel?" + period)).isEqualTo(funnel);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM analytics.rebuild_run WHERE state = 'RUNNING'", Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM analytics_rebuild.order_fact", Long.class)).as("the copy emptied").isZero();

        // A store that lost the district's quotes gets them back: the rebuild reads them from booking's quote log.
        String whole = facts();
        assertThat(jdbc.update("DELETE FROM analytics.quote_item WHERE quote_id IN (SELECT quote_id FROM analytics.quote_fact "
                + "WHERE district_code = ?)", DISTRICT)).isPositive();
        assertThat(jdbc.update("DELETE FROM analytics.quote_fact WHERE district_code = ?", DISTRICT)).isPositive();
        assertThat(facts()).isNotEqualTo(whole);
        rebuilding.rebuild();
        assertThat(facts()).as("quotes told again by booking's api").isEqualTo(whole);
        assertThat(insight("funnel?" + period)).as("the funnel's quotes as before the loss").isEqualTo(funnel);
    }
}
