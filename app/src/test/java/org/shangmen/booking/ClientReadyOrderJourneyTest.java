package org.shangmen.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.app.support.Http;
import org.shangmen.app.support.Journeys;
import org.shangmen.app.support.MutableClock;
import org.shangmen.app.support.PlatformTest;
import org.shangmen.booking.OrderSteps.Party;
import org.shangmen.booking.api.OrderPayments;
import org.shangmen.identity.api.OperatorAdministration;
import org.shangmen.kernel.RegionCode;
import org.shangmen.worker.WorkerJourneys.Certified;
import org.shangmen.worker.application.port.in.DefineServiceAreas;
import org.shangmen.worker.application.port.in.DefineServiceAreas.DefineRegion;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The order after acceptance as a mini-program sees it: notices, states, previews, links and lists a screen needs. */
@PlatformTest
class ClientReadyOrderJourneyTest {

    @LocalServerPort
    int port;
    @Autowired
    OperatorAdministration operators;
    @Autowired
    MutableClock clock;
    @Autowired
    OrderPayments payments;
    @Autowired
    DefineServiceAreas areas;
    @Autowired
    Http http;
    @Autowired
    Journeys journeys;
    OrderSteps steps;

    @BeforeEach
    void setUp() {
        steps = new OrderSteps(http);
        areas.defineRegion(new DefineRegion(RegionCode.of(OrderSteps.DISTRICT), "测试新区", false));
    }

    private void pay(UUID orderId) {
        payments.markPaid(orderId, "pay-" + UUID.randomUUID(), payments.payable(orderId).amountDueFen());
    }

    private Http.Reply requestChange(Certified worker, UUID orderId, OffsetDateTime start, String reason) {
        return http.post("/api/v1/worker/orders/" + orderId + "/change-requests", Http.json(Map.of("start", start.toString(),
                "reason", reason))).bearer(worker.token()).send();
    }

    private Http.Reply review(String ops, String requestId) {
        return http.post("/api/v1/admin/orders/change-requests/" + requestId + "/review", Http.json(Map.of("approve", true,
                "note", "同意"))).bearer(ops).send();
    }

    @Test
    @DisplayName("W2.3 C5.1 the customer's notice of a reviewed time change carries the worker's own reason")
    void timeChangeNoticeCarriesTheReason() {
        String ops = journeys.operatorToken(operators, "ops");
        Certified worker = steps.worker("罗春梅", ops);
        Party customer = steps.customer();
        OffsetDateTime start = OrderSteps.tomorrowAt(clock.instant(), 9).plusDays(1);
        UUID orderId = steps.accepted(customer, worker, start);
        pay(orderId);

        Http.Reply asked = requestChange(worker, orderId, start.plusDays(1), "车辆故障需要维修");
        assertThat(asked.status()).as(asked.body()).isEqualTo(200);
        assertThat(review(ops, asked.json().path("id").asString()).status()).isEqualTo(200);
        String notices = steps.noticesWith(customer.token(), "请确认");
        assertThat(notices).contains("原因:车辆故障需要维修").doesNotContain("已经平台审核");
    }

    @Test
    @DisplayName("C4.3 W2.3 a cancelled order's pending time change closes by itself; approving it then is refused with "
            + "booking.change-closed and no confirmation is asked; the worker hears of the cancellation")
    void cancelledOrdersTimeChangeCloses() {
        String ops = journeys.operatorToken(operators, "ops");
        Certified worker = steps.worker("孔丽娟", ops);
        Party customer = steps.customer();
        OffsetDateTime start = OrderSteps.tomorrowAt(clock.instant(), 11).plusDays(1);
        UUID orderId = steps.accepted(customer, worker, start);
        pay(orderId);
        Http.Reply asked = requestChange(worker, orderId, start.plusDays(1), "临时有事");
        assertThat(asked.status()).as(asked.body()).isEqualTo(200);
        String requestId = asked.json().path("id").asString();

        Http.Reply cancelled = http.post("/api/v1/customer/orders/" + orderId + "/cancel", Http.json(Map.of("reason", "不需要了")))
                .bearer(customer.token()).send();
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        JsonNode visit = http.get("/api/v1/customer/orders/" + orderId + "/visit").bearer(customer.token()).send().json();
        assertThat(visit.path("changeRequests").get(0).path("status").asString()).isEqualTo("CLOSED");
        assertThat(http.get("/api/v1/admin/orders/change-requests").bearer(ops).send().body()).doesNotContain(requestId);

        Http.Reply approved = review(ops, requestId);
        assertThat(approved.status()).as(approved.body()).isEqualTo(409);
        assertThat(approved.json().path("code").asString()).isEqualTo("booking.change-closed");
        Http.Reply answered = http.post("/api/v1/customer/orders/" + orderId + "/change-requests/" + requestId + "/answer",
                Http.json(Map.of("consent", true))).bearer(customer.token()).send();
        assertThat(answered.status()).isEqualTo(409);
        assertThat(answered.json().path("code").asString()).isEqualTo("booking.change-closed");

        assertThat(steps.noticesWith(worker.token(), "订单已取消")).contains("无需上门");
        assertThat(http.get("/api/v1/me/notices?size=100").bearer(customer.token()).send().body()).doesNotContain("请确认");
    }

    @Test
    @DisplayName("C4.3 the customer previews the fee, the refund and until when cancelling is free; the cancel answer carries them; "
            + "C4.1 order rows and the order's worker card name the worker and carry her photo, and the door code shows only once "
            + "the order is paid")
    void cancellationPreview() {
        String ops = journeys.operatorToken(operators, "ops");
        Certified worker = steps.worker("韦秀英", ops);
        Party customer = steps.customer();
        OffsetDateTime start = OrderSteps.tomorrowAt(clock.instant(), 15);
        UUID orderId = steps.accepted(customer, worker, start);
        assertThat(steps.order(customer.token(), orderId).path("serviceCode").isString()).as("no door code before payment").isFalse();
        JsonNode row = http.get("/api/v1/customer/orders?size=5").bearer(customer.token()).send().json().path("items").get(0);
        assertThat(row.path("workerName").asString()).isEqualTo("韦秀英");
        for (String photo : List.of(row.path("workerPhotoUrl").asString(),
                steps.order(customer.token(), orderId).path("worker").path("photoUrl").asString())) {
            Http.Reply image = http.get(photo.replaceFirst("^https?://[^/]+", "")).send();
            assertThat(image.status()).as("the worker's photo loads without a token: " + photo).isEqualTo(200);
            assertThat(image.contentType()).startsWith("image/");
        }
        long paid = payments.payable(orderId).amountDueFen();
        pay(orderId);
        assertThat(steps.order(customer.token(), orderId).path("serviceCode").asString()).matches("\\d{6}");

        JsonNode free = http.get("/api/v1/customer/orders/" + orderId + "/cancellation").bearer(customer.token()).send().json();
        assertThat(free.path("cancellable").asBoolean()).isTrue();
        assertThat(free.path("feeFen").asLong()).isZero();
        assertThat(free.path("refundFen").asLong()).isEqualTo(paid);
        assertThat(OffsetDateTime.parse(free.path("freeUntil").asString())).isEqualTo(start.minusHours(2));
        assertThat(http.get("/api/v1/customer/orders/" + orderId + "/cancellation").bearer(steps.customer().token()).send().status())
                .isEqualTo(404);

        clock.advance(OrderSteps.until(clock.instant(), start.minusMinutes(90)));
        String token = steps.signIn(customer.phone());
        JsonNode late = http.get("/api/v1/customer/orders/" + orderId + "/cancellation").bearer(token).send().json();
        assertThat(late.path("feeFen").asLong()).isPositive();
        assertThat(late.path("refundFen").asLong()).isEqualTo(paid - late.path("feeFen").asLong());
        Http.Reply cancelled = http.post("/api/v1/customer/orders/" + orderId + "/cancel", "").bearer(token).send();
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.json().path("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.json().path("cancellation").path("feeFen").asLong()).isEqualTo(late.path("feeFen").asLong());
        assertThat(cancelled.json().path("cancellation").path("refundFen").asLong()).isEqualTo(late.path("refundFen").asLong());
        assertThat(http.get("/api/v1/customer/orders/" + orderId + "/cancellation").bearer(token).send().json()
                .path("cancellable").asBoolean()).isFalse();
    }

    @Test
    @DisplayName("C4.3 C5.1 the worker replaced by \"another worker\" is told, and a customer's reschedule reaches the worker in a "
            + "worker's words")
    void workerNotices() {
        String ops = journeys.operatorToken(operators, "ops");
        Certified worker = steps.worker("邱海燕", ops);
        Party customer = steps.customer();
        OffsetDateTime start = OrderSteps.tomorrowAt(clock.instant(), 13);
        UUID moved = steps.accepted(customer, worker, start);
        pay(moved);
        Http.Reply rescheduled = http.post("/api/v1/customer/orders/" + moved + "/reschedule", Http.json(Map.of("start",
                start.plusDays(1).toString()))).bearer(customer.token()).send();
        assertThat(rescheduled.status()).as(rescheduled.body()).isEqualTo(200);
        String told = steps.noticesWith(worker.token(), "客户已将");
        assertThat(told).doesNotContain("您预约的");

        UUID swapped = steps.accepted(customer, worker, OrderSteps.tomorrowAt(clock.instant(), 17));
        Http.Reply another = http.post("/api/v1/customer/orders/" + swapped + "/another-worker", Http.json(Map.of("reason", "想换一位")))
                .bearer(customer.token()).send();
        assertThat(another.status()).as(another.body()).isEqualTo(200);
        assertThat(steps.noticesWith(worker.token(), "订单已改派")).contains("不再由您服务");
    }

    @Test
    @DisplayName("C4.1 W3.1 check-out waits while an approved add-on is unpaid; a text-only record is JSON; record media and review "
            + "photos are signed links an image tag loads; C4.4 review rows carry their ids and the worker's public reviews "
            + "show the averages per dimension")
    void visitAndReviews() throws Exception {
        String ops = journeys.operatorToken(operators, "ops");
        Certified worker = steps.worker("谭玉兰", ops);
        Party customer = steps.customer();
        OffsetDateTime start = OrderSteps.tomorrowAt(clock.instant(), 20);
        UUID orderId = steps.accepted(customer, worker, start);
        pay(orderId);
        String code = steps.order(customer.token(), orderId).path("serviceCode").asString();
        clock.advance(OrderSteps.until(clock.instant(), start.minusMinutes(20)));
        String workerToken = steps.signIn(worker.phone());
        String customerToken = steps.signIn(customer.phone());
        Http.Reply in = http.post("/api/v1/worker/orders/" + orderId + "/check-in", Http.json(Map.of("code", code,
                "latitude", OrderSteps.LAT, "longitude", OrderSteps.LNG))).bearer(workerToken).send();
        assertThat(in.status()).as(in.body()).isEqualTo(200);

        Http.Reply text = http.post("/api/v1/worker/orders/" + orderId + "/records", Http.json(Map.of("kind", "OBSERVATION",
                "text", "老人精神不错", "observations", Map.of("血压", "120/80")))).bearer(workerToken).send();
        assertThat(text.status()).as(text.body()).isEqualTo(200);
        assertThat(text.json().path("observations").path("血压").asString()).isEqualTo("120/80");
        Http.Reply photo = http.multipart("/api/v1/worker/orders/" + orderId + "/records", Map.of("kind", "BEFORE"), "before.png",
                png()).bearer(workerToken).send();
        assertThat(photo.status()).as(photo.body()).isEqualTo(200);
        JsonNode records = http.get("/api/v1/customer/orders/" + orderId + "/visit").bearer(customerToken).send().json().path("records");
        String mediaUrl = records.get(1).path("mediaUrl").asString();
        Http.Reply loaded = steps.open(mediaUrl);
        assertThat(loaded.status()).isEqualTo(200);
        assertThat(loaded.contentType()).startsWith("image/png");
        assertThat(steps.open(mediaUrl.replaceAll("signature=[^&]+", "signature=forged")).status()).isEqualTo(404);
        assertThat(records.get(0).path("mediaUrl").isString()).isFalse();

        Http.Reply proposed = http.post("/api/v1/worker/orders/" + orderId + "/add-ons", Http.json(Map.of("description", "擦玻璃",
                "amountFen", 2_000))).bearer(workerToken).send();
        assertThat(http.post("/api/v1/customer/orders/" + orderId + "/add-ons/" + proposed.json().path("id").asString() + "/decision",
                Http.json(Map.of("approve", true))).bearer(customerToken).send().status()).isEqualTo(200);
        Http.Reply early = http.post("/api/v1/worker/orders/" + orderId + "/check-out", "").bearer(workerToken).send();
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().path("code").asString()).isEqualTo("booking.add-on-unpaid");
        assertThat(early.json().path("detail").asString()).contains("20.00");
        JsonNode owing = steps.order(customerToken, orderId);
        assertThat(owing.path("status").asString()).isEqualTo("IN_SERVICE");
        assertThat(owing.path("amountDueFen").asLong()).isEqualTo(2_000);
        payments.markPaid(orderId, "add-on-" + UUID.randomUUID(), 2_000);
        Http.Reply out = http.post("/api/v1/worker/orders/" + orderId + "/check-out", "").bearer(workerToken).send();
        assertThat(out.status()).as(out.body()).isEqualTo(200);
        assertThat(out.json().path("status").asString()).isEqualTo("COMPLETED");

        Map<String, Object> stars = Map.of("attitude", 5, "skill", 4, "efficiency", 4, "punctuality", 5, "overall", 5, "text", "很仔细");
        assertThat(http.post("/api/v1/customer/orders/" + orderId + "/review", Http.json(stars)).bearer(customerToken).send().status())
                .isEqualTo(200);
        Http.Reply withPhoto = http.multipart("/api/v1/customer/orders/" + orderId + "/review/photos", Map.of(), "done.png", png())
                .bearer(customerToken).send();
        assertThat(withPhoto.status()).as(withPhoto.body()).isEqualTo(200);
        assertThat(steps.open(withPhoto.json().path("photoUrls").get(0).asString()).status()).isEqualTo(200);

        JsonNode mine = http.get("/api/v1/worker/reviews").bearer(workerToken).send().json().path("items").get(0);
        assertThat(mine.path("orderId").asString()).isEqualTo(orderId.toString());
        assertThat(mine.path("reviewId").asString()).isEqualTo(orderId.toString());
        assertThat(mine.path("photoUrls")).hasSize(1);

        JsonNode page = http.get("/api/v1/public/workers/" + worker.workerId() + "/reviews?page=0&size=10").send().json();
        assertThat(page.path("total").asLong()).isEqualTo(1);
        assertThat(page.path("items").get(0).path("text").asString()).isEqualTo("很仔细");
        assertThat(page.path("items").get(0).has("customerId")).isFalse();
        assertThat(page.path("averages").path("skillTenths").asInt()).isEqualTo(40);
        assertThat(page.path("averages").path("punctualityTenths").asInt()).isEqualTo(50);
        assertThat(page.path("averages").path("count").asLong()).isEqualTo(1);
    }

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(16, 12, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
