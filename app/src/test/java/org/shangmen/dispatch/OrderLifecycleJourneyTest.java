package org.shangmen.dispatch;

import org.shangmen.app.support.Await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.app.support.Http;
import org.shangmen.app.support.Journeys;
import org.shangmen.app.support.MutableClock;
import org.shangmen.app.support.PlatformTest;
import org.shangmen.booking.api.OrderPayments;
import org.shangmen.booking.api.event.AddOnApproved;
import org.shangmen.booking.api.event.OrderCancelled;
import org.shangmen.booking.api.event.OrderCompleted;
import org.shangmen.booking.api.event.OrderPaid;
import org.shangmen.booking.api.event.OrderRescheduled;
import org.shangmen.booking.application.port.in.ExpireUnpaidOrders;
import org.shangmen.kernel.DomainException;
import org.shangmen.worker.WorkerJourneys.Certified;
import org.shangmen.worker.api.WorkerDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The order after acceptance, from payment to review, and every change and cancellation path. Luohu (440303). */
@PlatformTest
class OrderLifecycleJourneyTest {

    static final String DISTRICT = "440303";
    static final double LAT = 22.5485;
    static final double LNG = 114.1315;

    @Autowired
    MutableClock clock;
    @Autowired
    OrderPayments payments;
    @Autowired
    ExpireUnpaidOrders lifecycle;
    @Autowired
    WorkerDirectory directory;
    @Autowired
    OrderEventLog log;
    @Autowired
    Http http;
    @Autowired
    Journeys journeys;
    @Autowired
    DispatchJourneys dispatch;

    record Party(String phone, String token) {
    }

    private Party customer() {
        String phone = Journeys.newPhone();
        return new Party(phone, journeys.register(phone, "CUSTOMER", false).path("accessToken").asString());
    }

    /** A request for the worker at the start, accepted by that worker. */
    private UUID accepted(Party customer, Certified worker, OffsetDateTime start) {
        Map<String, Object> body = new HashMap<>(dispatch.request(DISTRICT, LAT, LNG, start));
        body.put("preferredWorkerId", worker.workerId().toString());
        UUID orderId = dispatch.submitted(customer.token(), body);
        String offer = dispatch.offerFor(worker.token(), orderId);
        Http.Reply accepted = http.post("/api/v1/worker/offers/" + offer + "/accept", "").bearer(worker.token()).send();
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        return orderId;
    }

    private void pay(UUID orderId) {
        payments.markPaid(orderId, "pay-" + UUID.randomUUID(), payments.payable(orderId).amountDueFen());
    }

    static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.GREEN);
        g.fillRect(0, 0, 32, 24);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    @DisplayName("C4.1 C4.2 W2.3 W3.1 C4.4 accepted → paid → time moved at the worker's request → checked in with the code → "
            + "records → add-on → completed → reviewed, replied, rating recomputed, hidden")
    void fullJourney() throws Exception {
        String ops = journeys.operatorToken("ops");
        Certified worker = dispatch.worker("林秀云", ops, DISTRICT, LAT + 0.001, LNG);
        Certified other = dispatch.worker("旁观阿姨", ops, DISTRICT, LAT + 0.002, LNG);
        Party customer = customer();
        OffsetDateTime start = DispatchJourneys.tomorrowAt(clock.instant(), 10);
        UUID orderId = accepted(customer, worker, start);

        // C4.1: the customer sees the fee breakdown, the deadline and the code; the worker sees the door number now.
        JsonNode awaiting = dispatch.order(customer.token(), orderId);
        assertThat(awaiting.path("status").asString()).isEqualTo("AWAITING_PAYMENT");
        assertThat(awaiting.path("paymentDeadline").isNull()).isFalse();
        assertThat(awaiting.path("amountDueFen").asLong()).isEqualTo(awaiting.path("fees").path("totalFen").asLong());
        assertThat(awaiting.path("serviceCode").isString()).as("no door code before payment").isFalse();
        JsonNode workerView = http.get("/api/v1/worker/orders/" + orderId).bearer(worker.token()).send().json();
        assertThat(workerView.path("addressDetail").asString()).isEqualTo("3栋1502室");
        assertThat(workerView.path("contactPhone").asString()).contains("****");
        assertThat(workerView.has("serviceCode")).isFalse();
        assertThat(http.get("/api/v1/worker/orders/" + orderId).bearer(other.token()).send().status()).isEqualTo(404);

        // C4.2: paid once, whatever the number of notices.
        String reference = "pay-" + UUID.randomUUID();
        long due = payments.payable(orderId).amountDueFen();
        payments.markPaid(orderId, reference, due);
        payments.markPaid(orderId, reference, due);
        assertThat(log.of(OrderPaid.class, orderId)).hasSize(1);
        Await.value(() -> http.get("/api/v1/me/notices?size=50").bearer(customer.token()).send().body().contains("支付成功")
                ? Boolean.TRUE : null, "the payment notice");
        JsonNode paidOrder = dispatch.order(customer.token(), orderId);
        assertThat(paidOrder.path("status").asString()).isEqualTo("PAID");
        String code = paidOrder.path("serviceCode").asString();
        assertThat(code).matches("\\d{6}");
        assertThat(http.get("/api/v1/worker/orders/" + orderId).bearer(worker.token()).send().body()).doesNotContain(code);

        // W2.3: the worker asks to move the time → an operator approves → the customer consents → both schedules move.
        OffsetDateTime later = start.plusDays(1).withHour(14);
        Http.Reply asked = http.post("/api/v1/worker/orders/" + orderId + "/change-requests", Http.json(Map.of("start", later.toString(),
                "reason", "孩子生病需要照顾"))).bearer(worker.token()).send();
        assertThat(asked.status()).as(asked.body()).isEqualTo(200);
        String requestId = asked.json().path("id").asString();
        Http.Reply early = http.post("/api/v1/customer/orders/" + orderId + "/change-requests/" + requestId + "/answer",
                Http.json(Map.of("consent", true))).bearer(customer.token()).send();
        assertThat(early.status()).isEqualTo(409);
        JsonNode pending = http.get("/api/v1/admin/orders/change-requests").bearer(ops).send().json().path("items");
        assertThat(pending.toString()).contains(requestId);
        assertThat(http.post("/api/v1/admin/orders/change-requests/" + requestId + "/review", Http.json(Map.of("approve", true,
                "note", "理由充分"))).bearer(ops).send().status()).isEqualTo(200);
        // C5.2: the customer answers from the notice itself; the notice's action calls booking.
        JsonNode notice = Await.value(() -> {
            for (JsonNode n : http.get("/api/v1/me/notices?size=50").bearer(customer.token()).send().json().path("items")) {
                if ("PENDING".equals(n.path("action").path("state").asString()) && n.toString().contains(orderId.toString())) {
                    return n;
                }
            }
            return null;
        }, "the notice asking to confirm the time change");
        String stranger0 = journeys.customerToken();
        assertThat(http.post("/api/v1/me/notices/" + notice.path("id").asString() + "/action", Http.json(Map.of("accept", true)))
                .bearer(stranger0).send().status()).isEqualTo(404);
        Http.Reply consent = http.post("/api/v1/me/notices/" + notice.path("id").asString() + "/action", Http.json(Map.of("accept", true)))
                .bearer(customer.token()).send();
        assertThat(consent.status()).as(consent.body()).isEqualTo(200);
        assertThat(consent.json().path("action").path("state").asString()).isEqualTo("DONE");
        JsonNode changesNow = http.get("/api/v1/customer/orders/" + orderId + "/visit").bearer(customer.token()).send().json();
        assertThat(changesNow.path("changeRequests").get(0).path("status").asString()).isEqualTo("APPLIED");
        assertThat(OffsetDateTime.parse(dispatch.order(customer.token(), orderId).path("start").asString())).isEqualTo(later);
        assertThat(log.of(OrderRescheduled.class, orderId)).hasSize(1);
        JsonNode calendar = http.get("/api/v1/worker/schedule?from=" + later.toLocalDate() + "&to=" + later.toLocalDate())
                .bearer(worker.token()).send().json();
        assertThat(calendar.path("bookings").toString()).contains(orderId.toString());

        // W3.1: on the day, check in with the customer's code at the address.
        clock.advance(Duration.between(clock.instant(), later.toInstant().minus(Duration.ofMinutes(20))));
        String workerToken = dispatch.signIn(worker.phone());
        String customerToken = dispatch.signIn(customer.phone());
        Http.Reply wrong = http.post("/api/v1/worker/orders/" + orderId + "/check-in", Http.json(Map.of("code", "000000".equals(code)
                ? "111111" : "000000", "latitude", LAT, "longitude", LNG))).bearer(workerToken).send();
        assertThat(wrong.status()).isEqualTo(422);
        Http.Reply in = http.post("/api/v1/worker/orders/" + orderId + "/check-in", Http.json(Map.of("code", code, "latitude", LAT + 0.0005,
                "longitude", LNG))).bearer(workerToken).send();
        assertThat(in.status()).as(in.body()).isEqualTo(200);
        assertThat(in.json().path("status").asString()).isEqualTo("IN_SERVICE");
        assertThat(in.json().path("distanceMetres").asLong()).isBetween(40L, 70L);

        // Records: a step, a before photo, care observations; a bad upload is refused.
        assertThat(http.multipart("/api/v1/worker/orders/" + orderId + "/records", Map.of("kind", "STEP", "text", "先清洁厨房灶台"),
                "x.txt", new byte[0]).bearer(workerToken).send().status()).isEqualTo(200);
        Http.Reply photo = http.multipart("/api/v1/worker/orders/" + orderId + "/records", Map.of("kind", "BEFORE"), "before.png", png())
                .bearer(workerToken).send();
        assertThat(photo.status()).as(photo.body()).isEqualTo(200);
        String recordId = photo.json().path("id").asString();
        assertThat(http.multipart("/api/v1/worker/orders/" + orderId + "/records", Map.of("kind", "OBSERVATION",
                "observations", "{\"血压\":\"130/85\",\"情绪\":\"平稳\"}"), "x.txt", new byte[0]).bearer(workerToken).send().status())
                .isEqualTo(200);
        Http.Reply notAnImage = http.multipart("/api/v1/worker/orders/" + orderId + "/records", Map.of("kind", "AFTER"), "after.png",
                "not really a picture".getBytes()).bearer(workerToken).send();
        assertThat(notAnImage.status()).isEqualTo(400);
        JsonNode visit = http.get("/api/v1/customer/orders/" + orderId + "/visit").bearer(customerToken).send().json();
        assertThat(visit.path("records")).hasSize(3);
        Http.Reply media = http.get("/api/v1/customer/orders/" + orderId + "/records/" + recordId + "/media").bearer(customerToken).send();
        assertThat(media.status()).isEqualTo(200);
        assertThat(media.contentType()).startsWith("image/png");
        String auditor = journeys.operatorToken("auditor");
        assertThat(http.get("/api/v1/admin/orders/" + orderId + "/records").bearer(auditor).send().json().path("items")).hasSize(3);
        assertThat(http.get("/api/v1/admin/orders/" + orderId + "/records/" + recordId + "/media").bearer(auditor).send().status())
                .isEqualTo(200);
        assertThat(http.get("/api/v1/worker/orders/" + orderId + "/records/" + recordId + "/media").bearer(workerToken).send().status())
                .isEqualTo(200);
        String stranger = journeys.customerToken();
        assertThat(http.get("/api/v1/customer/orders/" + orderId + "/visit").bearer(stranger).send().status()).isEqualTo(404);
        assertThat(http.get("/api/v1/admin/orders/" + orderId + "/records").bearer(stranger).send().status()).isEqualTo(403);
        assertThat(http.get("/api/v1/customer/orders/" + orderId + "/records/" + recordId + "/media").bearer(stranger).send().status())
                .isEqualTo(404);

        // An add-on found on site, approved by the customer, becomes due.
        Http.Reply proposed = http.post("/api/v1/worker/orders/" + orderId + "/add-ons", Http.json(Map.of("description", "加洗油烟机",
                "amountFen", 3_000))).bearer(workerToken).send();
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(200);
        Http.Reply approved = http.post("/api/v1/customer/orders/" + orderId + "/add-ons/" + proposed.json().path("id").asString()
                + "/decision", Http.json(Map.of("approve", true))).bearer(customerToken).send();
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(payments.payable(orderId).amountDueFen()).isEqualTo(3_000);
        assertThat(log.of(AddOnApproved.class, orderId)).singleElement().extracting(AddOnApproved::amountFen).isEqualTo(3_000L);

        // Check-out waits for the add-on to be paid, then completes the order with the add-on in its total.
        Http.Reply unpaid = http.post("/api/v1/worker/orders/" + orderId + "/check-out", "").bearer(workerToken).send();
        assertThat(unpaid.status()).as(unpaid.body()).isEqualTo(409);
        assertThat(unpaid.json().path("code").asString()).isEqualTo("booking.add-on-unpaid");
        payments.markPaid(orderId, "add-on-" + UUID.randomUUID(), 3_000);
        Http.Reply out = http.post("/api/v1/worker/orders/" + orderId + "/check-out", "").bearer(workerToken).send();
        assertThat(out.status()).as(out.body()).isEqualTo(200);
        assertThat(log.of(OrderCompleted.class, orderId)).singleElement().extracting(OrderCompleted::totalFen).isEqualTo(due + 3_000);
        Await.value(() -> http.get("/api/v1/me/notices?size=50").bearer(customerToken).send().body().contains("欢迎评价")
                ? Boolean.TRUE : null, "the review reminder");

        // C4.4: one review per order, the worker replies once, the rating is recomputed, an operator can hide it.
        Map<String, Object> stars = Map.of("attitude", 5, "skill", 5, "efficiency", 4, "punctuality", 5, "overall", 5, "text", "非常细心");
        Http.Reply reviewed = http.post("/api/v1/customer/orders/" + orderId + "/review", Http.json(stars)).bearer(customerToken).send();
        assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(200);
        assertThat(http.post("/api/v1/customer/orders/" + orderId + "/review", Http.json(stars)).bearer(customerToken).send().status())
                .isEqualTo(409);
        assertThat(http.multipart("/api/v1/customer/orders/" + orderId + "/review/photos", Map.of(), "nice.png", png())
                .bearer(customerToken).send().status()).isEqualTo(200);
        assertThat(directory.card(worker.workerId()).orElseThrow().ratingTenths()).isEqualTo(46);
        JsonNode found = http.get("/api/v1/public/workers?keyword=" + java.net.URLEncoder.encode("林秀云", java.nio.charset.StandardCharsets.UTF_8)
                + "&district=" + DISTRICT).send().json();
        JsonNode listed = null;
        for (JsonNode w : found.path("items")) {
            if (worker.workerId().toString().equals(w.path("accountId").asString())) {
                listed = w;
            }
        }
        assertThat(listed).as("the reviewed worker in search").isNotNull();
        assertThat(listed.path("ratingTenths").asInt()).isEqualTo(46);
        assertThat(listed.path("ratingCount").asInt()).isEqualTo(1);
        Map<String, Object> fewer = Map.of("attitude", 5, "skill", 4, "efficiency", 4, "punctuality", 5, "overall", 4, "text", "细心,稍慢");
        Http.Reply edited = http.put("/api/v1/customer/orders/" + orderId + "/review", Http.json(fewer)).bearer(customerToken).send();
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(directory.card(worker.workerId()).orElseThrow().ratingTenths()).isEqualTo(44);
        assertThat(http.put("/api/v1/customer/orders/" + orderId + "/review", Http.json(stars)).bearer(customerToken).send().status())
                .isEqualTo(200);
        assertThat(http.post("/api/v1/worker/orders/" + orderId + "/review/reply", Http.json(Map.of("reply", "谢谢认可")))
                .bearer(workerToken).send().status()).isEqualTo(200);
        assertThat(http.post("/api/v1/worker/orders/" + orderId + "/review/reply", Http.json(Map.of("reply", "再次感谢")))
                .bearer(workerToken).send().status()).isEqualTo(409);
        assertThat(http.get("/api/v1/worker/reviews").bearer(workerToken).send().json().path("total").asLong()).isEqualTo(1);
        String fresh = journeys.operatorToken("ops");
        assertThat(http.post("/api/v1/admin/orders/" + orderId + "/review/hide", Http.json(Map.of("reason", "含有不当内容")))
                .bearer(fresh).send().status()).isEqualTo(204);
        assertThat(directory.card(worker.workerId()).orElseThrow().ratingTenths()).isEqualTo(45);
        assertThat(directory.card(worker.workerId()).orElseThrow().ratingCount()).isZero();

        // A review can be edited for seven days only.
        clock.advance(Duration.ofDays(8));
        Http.Reply tooLate = http.put("/api/v1/customer/orders/" + orderId + "/review", Http.json(stars))
                .bearer(dispatch.signIn(customer.phone())).send();
        assertThat(tooLate.status()).isEqualTo(409);
        assertThat(tooLate.json().path("code").asString()).isEqualTo("booking.review-not-editable");
    }

    @Test
    @DisplayName("C4.3 cancellations by the policy placed with the order: unpaid past the deadline, free well ahead, a fee close to "
            + "the start; a late payment never revives an order; another worker sends it back to dispatch")
    void cancellations() {
        String ops = journeys.operatorToken("ops");
        Certified worker = dispatch.worker("叶美娟", ops, DISTRICT, LAT, LNG + 0.001);

        // Unpaid past the deadline: cancelled, time freed, a late payment refused.
        Party first = customer();
        UUID unpaid = accepted(first, worker, DispatchJourneys.tomorrowAt(clock.instant(), 8));
        clock.advance(Duration.ofMinutes(31));
        assertThat(lifecycle.expireUnpaid()).isGreaterThanOrEqualTo(1);
        JsonNode expired = dispatch.order(dispatch.signIn(first.phone()), unpaid);
        assertThat(expired.path("status").asString()).isEqualTo("CANCELLED");
        assertThat(expired.path("cancelReason").asString()).isEqualTo("超时未支付");
        assertThat(log.of(OrderCancelled.class, unpaid)).singleElement().satisfies(e -> {
            assertThat(e.actorKind()).isEqualTo("PLATFORM");
            assertThat(e.paidFen()).isZero();
        });
        assertThatThrownBy(() -> payments.markPaid(unpaid, "late-" + UUID.randomUUID(), 9_000)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("booking.order-not-payable");
        assertThat(dispatch.order(dispatch.signIn(first.phone()), unpaid).path("status").asString()).isEqualTo("CANCELLED");

        // Paid, cancelled well ahead: no fee, the whole payment goes back.
        String workerToken = dispatch.signIn(worker.phone());
        Certified w = new Certified(workerToken, worker.workerId(), worker.phone());
        Party second = customer();
        UUID early = accepted(second, w, DispatchJourneys.tomorrowAt(clock.instant(), 12));
        pay(early);
        Http.Reply cancelled = http.post("/api/v1/customer/orders/" + early + "/cancel", Http.json(Map.of("reason", "计划有变")))
                .bearer(second.token()).send();
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        OrderCancelled free = log.of(OrderCancelled.class, early).getFirst();
        assertThat(free.feeFen()).isZero();
        assertThat(free.paidFen()).isPositive();

        // Paid, cancelled an hour before the start: the order's policy keeps 20 %, at least 20 yuan.
        Party third = customer();
        OffsetDateTime soon = DispatchJourneys.tomorrowAt(clock.instant(), 10);
        UUID late = accepted(third, w, soon);
        pay(late);
        long total = payments.payable(late).totalFen();
        clock.advance(Duration.between(clock.instant(), soon.toInstant().minus(Duration.ofMinutes(60))));
        Http.Reply lateCancel = http.post("/api/v1/customer/orders/" + late + "/cancel", "{}").bearer(dispatch.signIn(third.phone())).send();
        assertThat(lateCancel.status()).as(lateCancel.body()).isEqualTo(200);
        assertThat(log.of(OrderCancelled.class, late).getFirst().feeFen()).isEqualTo(Math.max((total * 2_000 + 5_000) / 10_000, 2_000));

        // Another worker, please: back to dispatch, the worker's time freed.
        String token = dispatch.signIn(worker.phone());
        Party fourth = customer();
        OffsetDateTime day = DispatchJourneys.tomorrowAt(clock.instant(), 16);
        UUID swap = accepted(fourth, new Certified(token, worker.workerId(), worker.phone()), day);
        pay(swap);
        Http.Reply another = http.post("/api/v1/customer/orders/" + swap + "/another-worker", Http.json(Map.of("reason", "想换一位")))
                .bearer(fourth.token()).send();
        assertThat(another.status()).as(another.body()).isEqualTo(200);
        assertThat(another.json().path("status").asString()).isEqualTo("AWAITING_ACCEPTANCE");
        assertThat(http.get("/api/v1/worker/schedule?from=" + day.toLocalDate() + "&to=" + day.toLocalDate()).bearer(token).send().json()
                .path("bookings").toString()).doesNotContain(swap.toString());
        assertThat(http.get("/api/v1/worker/orders/" + swap).bearer(token).send().status()).isEqualTo(404);

        // The customer moves a paid order's time; nobody else may.
        Party fifth = customer();
        UUID moving = accepted(fifth, new Certified(token, worker.workerId(), worker.phone()), DispatchJourneys.tomorrowAt(clock.instant(), 18));
        pay(moving);
        OffsetDateTime next = DispatchJourneys.tomorrowAt(clock.instant(), 19);
        assertThat(http.post("/api/v1/customer/orders/" + moving + "/reschedule", Http.json(Map.of("start", next.toString())))
                .bearer(journeys.customerToken()).send().status()).isEqualTo(404);
        Http.Reply moved = http.post("/api/v1/customer/orders/" + moving + "/reschedule", Http.json(Map.of("start", next.toString())))
                .bearer(fifth.token()).send();
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(log.of(OrderRescheduled.class, moving)).hasSize(1);
    }
}
