package org.shangmen.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.app.support.Await;
import org.shangmen.app.support.Http;
import org.shangmen.app.support.Journeys;
import org.shangmen.app.support.MutableClock;
import org.shangmen.app.support.PlatformTest;
import org.shangmen.billing.BillingJourneys;
import org.shangmen.billing.BillingJourneys.Party;
import org.shangmen.billing.api.BillingAdministration;
import org.shangmen.billing.api.FinanceReports;
import org.shangmen.worker.WorkerJourneys.Certified;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A2.1 complaints over HTTP: a customer files one on a served order with photos, operators take it from
 * the queue, read the order's records and private thread, resolve it with a refund through billing or a
 * penalty with the complaint as evidence; the customer rates the handling, the worker sees it once
 * resolved and adds a statement.
 */
@PlatformTest
class ComplaintJourneyTest {

    @Autowired
    Http http;
    @Autowired
    Journeys journeys;
    @Autowired
    BillingJourneys steps;
    @Autowired
    MutableClock clock;
    @Autowired
    FinanceReports reports;
    @Autowired
    BillingAdministration billing;
    @Autowired
    Jdbi jdbi;

    record Served(Party customer, Certified worker, UUID orderId, UUID paymentId, long paidFen) {
    }

    /** An order accepted, paid and completed by the worker (checked in with the code, checked out). */
    private Served served(Party who, Certified certified, int hour) {
        Party customer = new Party(who.phone(), steps.signIn(who.phone()));
        Certified worker = new Certified(steps.signIn(certified.phone()), certified.workerId(), certified.phone());
        OffsetDateTime start = BillingJourneys.tomorrowAt(clock.instant(), hour);
        UUID orderId = steps.accepted(customer, worker, start);
        UUID paymentId = steps.paid(customer.token(), orderId);
        long paid = billing.orderPayments(orderId).getFirst().amountFen();
        Http.Reply said = http.post("/api/v1/me/orders/" + orderId + "/messages", Http.json(Map.of("text", "阿姨明天几点到?")))
                .bearer(customer.token()).send();
        assertThat(said.status()).as(said.body()).isEqualTo(201);
        String code = steps.order(customer.token(), orderId).path("serviceCode").asString();
        clock.advance(Duration.between(clock.instant(), start.toInstant().minus(Duration.ofMinutes(20))));
        String workerToken = steps.signIn(worker.phone());
        Http.Reply in = http.post("/api/v1/worker/orders/" + orderId + "/check-in", Http.json(Map.of("code", code,
                "latitude", BillingJourneys.LAT, "longitude", BillingJourneys.LNG))).bearer(workerToken).send();
        assertThat(in.status()).as(in.body()).isEqualTo(200);
        Http.Reply out = http.post("/api/v1/worker/orders/" + orderId + "/check-out", "").bearer(workerToken).send();
        assertThat(out.status()).as(out.body()).isEqualTo(200);
        // Tokens are short-lived and the clock moved: sign in again.
        return new Served(new Party(customer.phone(), steps.signIn(customer.phone())), worker, orderId, paymentId, paid);
    }

    private Http.Reply file(Party who, UUID orderId, String category) {
        return file(who.token(), orderId, category);
    }

    private Http.Reply file(String token, UUID orderId, String category) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("orderId", orderId.toString());
        body.put("category", category);
        body.put("text", "阿姨打扫时态度很差,还打碎了一个杯子。");
        return http.post("/api/v1/customer/complaints", Http.json(body)).bearer(token).send();
    }

    private UUID filed(String token, UUID orderId, String category) {
        Http.Reply reply = file(token, orderId, category);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return UUID.fromString(reply.json().path("id").asString());
    }

    private Http.Reply photo(String token, UUID complaintId) throws Exception {
        return http.multipart("/api/v1/customer/complaints/" + complaintId + "/photos", Map.of(), "cup.png", png()).bearer(token).send();
    }

    private Http.Reply resolve(String token, UUID complaintId, Map<String, Object> body) {
        return http.post("/api/v1/admin/complaints/" + complaintId + "/resolve", Http.json(body)).bearer(token).send();
    }

    private Http.Reply thread(String token, UUID orderId, UUID complaintId) {
        return http.get("/api/v1/admin/orders/" + orderId + "/messages?complaintId=" + complaintId).bearer(token).send();
    }

    private List<String> queueIds(String token, String query) {
        Http.Reply reply = http.get("/api/v1/admin/complaints?size=100" + query).bearer(token).send();
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        reply.json().path("items").forEach(i -> ids.add(i.path("id").asString()));
        return ids;
    }

    private static void assertProblem(Http.Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        if (code != null) {
            assertThat(reply.json().path("code").asString()).isEqualTo(code);
        }
    }

    private boolean noticed(String token, String template, UUID complaintId) {
        for (JsonNode n : http.get("/api/v1/me/notices?size=100").bearer(token).send().json().path("items")) {
            if (template.equals(n.path("template").asString()) && complaintId.toString().equals(n.path("subject").path("id").asString())) {
                return true;
            }
        }
        return false;
    }

    private long accessLogged(UUID orderId, UUID complaintId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM notification.thread_access WHERE order_id = :o AND complaint_id = :c")
                .bind("o", orderId).bind("c", complaintId).mapTo(Long.class).one());
    }

    @Test
    @DisplayName("A2.1 a complaint with photos is taken from the queue, the thread read for it, resolved with a partial refund "
            + "through billing and then with a worker penalty as evidence; the customer rates it, the worker adds a statement")
    void complaintJourney() throws Exception {
        Certified worker = steps.worker("投诉甲", journeys.operatorToken("ops"));
        Served order = served(steps.customer(), worker, 10);
        Party customer = order.customer();
        String ops = journeys.operatorToken("ops");

        // Filing, with two photos.
        UUID complaintId = filed(customer.token(), order.orderId(), "ATTITUDE");
        JsonNode mine = http.get("/api/v1/customer/complaints/" + complaintId).bearer(customer.token()).send().json();
        assertThat(mine.path("status").asString()).isEqualTo("OPEN");
        assertThat(mine.path("categoryLabel").asString()).isEqualTo("态度");
        assertThat(photo(customer.token(), complaintId).status()).isEqualTo(200);
        Http.Reply second = photo(customer.token(), complaintId);
        assertThat(second.status()).as(second.body()).isEqualTo(200);
        List<String> urls = new ArrayList<>();
        second.json().path("photoUrls").forEach(u -> urls.add(u.asString()));
        assertThat(urls).hasSize(2);
        Http.Reply picture = http.get(urls.getFirst().substring(urls.getFirst().indexOf("/api/v1/"))).send();
        assertThat(picture.status()).isEqualTo(200);
        assertThat(picture.contentType()).startsWith("image/png");
        assertProblem(file(customer.token(), order.orderId(), "OTHER"), 409, "complaint.already-open");

        // The queue; taking it; the order's records and its thread, read for this complaint and logged.
        assertThat(queueIds(ops, "")).contains(complaintId.toString());
        Http.Reply assigned = http.post("/api/v1/admin/complaints/" + complaintId + "/assign", "{}").bearer(ops).send();
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        assertThat(assigned.json().path("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(assigned.json().path("assigneeId").asString()).isNotBlank();
        assertThat(http.get("/api/v1/admin/orders/" + order.orderId() + "/records").bearer(ops).send().status()).isEqualTo(200);
        Http.Reply read = thread(ops, order.orderId(), complaintId);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.json().path("items").size()).isEqualTo(1);
        assertThat(accessLogged(order.orderId(), complaintId)).isEqualTo(1);

        // A partial refund through billing: never more than was paid, the ledger still balances.
        assertProblem(resolve(ops, complaintId, Map.of("outcome", "PARTIAL_REFUND", "note", "部分退款", "refundFen", order.paidFen() + 1)),
                422, "complaint.refund-exceeds-payment");
        long refund = order.paidFen() / 4;
        Http.Reply resolved = resolve(ops, complaintId, Map.of("outcome", "PARTIAL_REFUND", "note", "服务态度欠佳,退还部分费用",
                "refundFen", refund));
        assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
        assertThat(resolved.json().path("status").asString()).isEqualTo("RESOLVED");
        assertThat(resolved.json().path("refundFen").asLong()).isEqualTo(refund);
        BillingAdministration.PaymentLine payment = billing.orderPayments(order.orderId()).getFirst();
        assertThat(payment.refunds()).hasSize(1);
        assertThat(payment.refunds().getFirst().amountFen()).isEqualTo(refund);
        assertThat(payment.refundedFen()).isLessThanOrEqualTo(payment.amountFen());
        BillingJourneys.ledgerBalanced(reports);
        assertProblem(resolve(ops, complaintId, Map.of("outcome", "FULL_REFUND", "note", "再退一次")), 409, "complaint.already-resolved");
        assertThat(billing.orderPayments(order.orderId()).getFirst().refunds()).hasSize(1);
        // Resolved: the thread is closed to operators again.
        assertProblem(thread(ops, order.orderId(), complaintId), 422, "notification.complaint-required");

        // A second complaint on the order, resolved with a penalty that names it as evidence.
        UUID penaltyCase = filed(customer.token(), order.orderId(), "PROPERTY_DAMAGE");
        Http.Reply penalised = resolve(ops, penaltyCase, Map.of("outcome", "WORKER_PENALTY", "note", "打碎物品未告知客户",
                "penaltyKind", "WARNING"));
        assertThat(penalised.status()).as(penalised.body()).isEqualTo(200);
        String penaltyId = penalised.json().path("penaltyId").asString();
        JsonNode workerView = http.get("/api/v1/admin/workers/" + worker.workerId()).bearer(ops).send().json();
        JsonNode penalty = null;
        for (JsonNode p : workerView.path("penalties")) {
            if (penaltyId.equals(p.path("id").asString())) {
                penalty = p;
            }
        }
        assertThat(penalty).as("the penalty in the worker's record").isNotNull();
        assertThat(penalty.path("evidence").asString()).contains(penaltyCase.toString());
        assertThat(workerView.path("complaints").asInt()).isEqualTo(2);
        assertThat(workerView.path("complaintRatePermille").asInt()).isPositive();

        // The customer sees the outcome and the progress, and rates the handling once.
        JsonNode outcome = http.get("/api/v1/customer/complaints/" + complaintId).bearer(customer.token()).send().json();
        assertThat(outcome.path("outcome").asString()).isEqualTo("PARTIAL_REFUND");
        assertThat(outcome.path("outcomeLabel").asString()).isEqualTo("部分退款");
        assertThat(outcome.path("assigneeId").isNull() || outcome.path("assigneeId").isMissingNode()).isTrue();
        List<String> kinds = new ArrayList<>();
        outcome.path("steps").forEach(s -> kinds.add(s.path("kind").asString()));
        assertThat(kinds).containsSubsequence("FILED", "PHOTO_ADDED", "RESOLVED").doesNotContain("ASSIGNED");
        Http.Reply rated = http.post("/api/v1/customer/complaints/" + complaintId + "/rating", Http.json(Map.of("stars", 4, "comment", "处理及时")))
                .bearer(customer.token()).send();
        assertThat(rated.status()).as(rated.body()).isEqualTo(200);
        assertThat(rated.json().path("rating").asInt()).isEqualTo(4);
        assertProblem(http.post("/api/v1/customer/complaints/" + complaintId + "/rating", Http.json(Map.of("stars", 5)))
                .bearer(customer.token()).send(), 409, "complaint.already-rated");
        assertThat(http.get("/api/v1/customer/complaints").bearer(customer.token()).send().json().path("total").asLong()).isEqualTo(2);

        // The worker sees both once resolved, and adds a statement once.
        String workerToken = steps.signIn(worker.phone());
        JsonNode against = http.get("/api/v1/worker/complaints").bearer(workerToken).send().json();
        assertThat(against.path("total").asLong()).isEqualTo(2);
        Http.Reply stated = http.post("/api/v1/worker/complaints/" + complaintId + "/statement",
                Http.json(Map.of("text", "当天客户家中杯子原本已有裂痕。"))).bearer(workerToken).send();
        assertThat(stated.status()).as(stated.body()).isEqualTo(200);
        assertThat(stated.json().path("workerStatement").asString()).contains("裂痕");
        assertThat(stated.json().path("customerId").isNull() || stated.json().path("customerId").isMissingNode()).isTrue();
        assertProblem(http.post("/api/v1/worker/complaints/" + complaintId + "/statement", Http.json(Map.of("text", "再说一次")))
                .bearer(workerToken).send(), 409, "complaint.statement-exists");
        // Notices: the customer on filing and resolution, the worker only once resolved.
        Await.condition(() -> noticed(workerToken, "COMPLAINT_RESOLVED_FOR_WORKER", complaintId), "the worker's complaint notice");
        Await.condition(() -> noticed(customer.token(), "COMPLAINT_RESOLVED", complaintId), "the customer's resolution notice");
        assertThat(noticed(customer.token(), "COMPLAINT_FILED", complaintId)).isTrue();
        assertThat(noticed(workerToken, "COMPLAINT_FILED", complaintId)).isFalse();
        JsonNode full = http.get("/api/v1/admin/complaints/" + complaintId).bearer(ops).send().json();
        List<String> all = new ArrayList<>();
        full.path("steps").forEach(s -> all.add(s.path("kind").asString()));
        assertThat(all).containsSubsequence("FILED", "PHOTO_ADDED", "PHOTO_ADDED", "ASSIGNED", "RESOLVED", "RATED", "STATEMENT");

        // W4.2: a third complaint resolved with a suspension that passing a named course lifts; the worker sees the course.
        String courseId = retrainingCourse(ops);
        UUID qualityCase = filed(customer.token(), order.orderId(), "SERVICE_QUALITY");
        Http.Reply suspended = resolve(ops, qualityCase, Map.of("outcome", "WORKER_PENALTY", "note", "清洁不达标且未返工",
                "penaltyKind", "SUSPENSION", "suspensionDays", 30, "courseId", courseId));
        assertThat(suspended.status()).as(suspended.body()).isEqualTo(200);
        JsonNode profile = http.get("/api/v1/worker/profile").bearer(workerToken).send().json();
        assertThat(profile.path("standing").asString()).isEqualTo("SUSPENDED");
        assertThat(profile.path("retrainingRequired").get(0).path("courseId").asString()).isEqualTo(courseId);
        assertThat(profile.path("retrainingRequired").get(0).path("penaltyId").asString())
                .isEqualTo(suspended.json().path("penaltyId").asString());
        assertThat(http.get("/api/v1/worker/training/enrolments").bearer(workerToken).send().json().path("items").toString())
                .contains(courseId);
    }

    /** A published course of one reading part, for retraining. */
    private String retrainingCourse(String ops) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "日常保洁返工规范");
        body.put("description", "验收不达标时的返工流程与沟通。");
        body.put("skill", "DAILY_CLEANING");
        body.put("level", "BEGINNER");
        body.put("minExperienceYears", 0);
        body.put("maxExperienceYears", 30);
        body.put("badgeCode", "rework-" + UUID.randomUUID().toString().substring(0, 8));
        body.put("badgeLabel", "返工规范");
        body.put("badgeValidMonths", 12);
        body.put("examQuestions", 1);
        body.put("examMinutes", 10);
        body.put("passPercent", 60);
        body.put("maxAttempts", 3);
        body.put("retryWaitMinutes", 0);
        body.put("parts", List.of(Map.of("kind", "READING", "title", "返工流程", "body", "返工流程的内容")));
        Http.Reply created = http.post("/api/v1/admin/training/courses", Http.json(body)).bearer(ops).send();
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String courseId = created.json().path("courseId").asString();
        Http.Reply bank = http.post("/api/v1/admin/training/courses/" + courseId + "/questions", Http.json(Map.of("questions", List.of(
                Map.of("kind", "SINGLE", "prompt", "验收不达标应主动返工吗?", "options", List.of("是", "否"), "correct", List.of(0))))))
                .bearer(ops).send();
        assertThat(bank.status()).as(bank.body()).isEqualTo(200);
        assertThat(http.post("/api/v1/admin/training/courses/" + courseId + "/publication", "").bearer(ops).send().status()).isEqualTo(200);
        return courseId;
    }

    @Test
    @DisplayName("A2.1 operators read a thread only for a real open complaint on that order; the queue shows the deadline and "
            + "overdue; filing is refused late, on others' orders, with a bad category or a tenth photo; auditors only read")
    void rulesAndPermissions() throws Exception {
        Certified worker = steps.worker("投诉乙", journeys.operatorToken("ops"));
        Party who = steps.customer();
        Served first = served(who, worker, 9);
        Served second = served(who, worker, 14);
        Party customer = second.customer();
        String ops = journeys.operatorToken("ops");
        String auditor = journeys.operatorToken("auditor");

        // Validation.
        Party stranger = steps.customer();
        assertProblem(file(stranger.token(), first.orderId(), "ATTITUDE"), 404, "complaint.order-not-found");
        assertProblem(file(customer.token(), UUID.randomUUID(), "ATTITUDE"), 404, "complaint.order-not-found");
        Http.Reply badCategory = file(customer.token(), first.orderId(), "RUDE");
        assertProblem(badCategory, 400, "complaint.category-invalid");
        assertThat(badCategory.json().path("detail").asString()).contains("SERVICE_QUALITY");
        UUID open = filed(customer.token(), first.orderId(), "SERVICE_QUALITY");
        UUID other = filed(customer.token(), second.orderId(), "LATE_OR_NO_SHOW");
        for (int i = 0; i < 9; i++) {
            assertThat(photo(customer.token(), open).status()).isEqualTo(200);
        }
        assertProblem(photo(customer.token(), open), 422, "complaint.photo-limit");
        assertProblem(http.get("/api/v1/customer/complaints/" + open).bearer(stranger.token()).send(), 404, "complaint.not-found");

        // The thread: an invented complaint, a real one on another order → refused; the real open one → read and logged.
        assertProblem(thread(ops, first.orderId(), UUID.randomUUID()), 422, "notification.complaint-required");
        assertProblem(thread(ops, first.orderId(), other), 422, "notification.complaint-required");
        assertThat(accessLogged(first.orderId(), other)).isZero();
        assertThat(thread(ops, first.orderId(), open).status()).isEqualTo(200);
        assertThat(accessLogged(first.orderId(), open)).isEqualTo(1);

        // Permissions: workers and customers never reach operators' endpoints; an auditor reads but does not act.
        String workerToken = steps.signIn(worker.phone());
        assertThat(http.get("/api/v1/admin/complaints").bearer(workerToken).send().status()).isEqualTo(403);
        assertThat(http.get("/api/v1/admin/complaints").bearer(customer.token()).send().status()).isEqualTo(403);
        assertThat(resolve(customer.token(), open, Map.of("outcome", "NO_FAULT", "note", "x")).status()).isEqualTo(403);
        assertThat(queueIds(auditor, "")).contains(open.toString());
        assertThat(http.get("/api/v1/admin/complaints/" + open).bearer(auditor).send().status()).isEqualTo(200);
        assertThat(resolve(auditor, open, Map.of("outcome", "NO_FAULT", "note", "无过错")).status()).isEqualTo(403);
        assertThat(http.post("/api/v1/admin/complaints/" + open + "/assign", "{}").bearer(auditor).send().status()).isEqualTo(403);
        // Before resolution the worker does not see it.
        assertProblem(http.get("/api/v1/worker/complaints/" + open).bearer(workerToken).send(), 404, "complaint.not-found");

        // Deadline: unanswered past 24 hours it shows as overdue; the first answer ends that.
        assertThat(queueIds(ops, "&overdue=true")).doesNotContain(open.toString());
        clock.advance(Duration.ofHours(25));
        ops = journeys.operatorToken("ops");
        assertThat(queueIds(ops, "&overdue=true")).contains(open.toString(), other.toString());
        Http.Reply replied = http.post("/api/v1/admin/complaints/" + open + "/replies", Http.json(Map.of("text", "已收到,正在核实。")))
                .bearer(ops).send();
        assertThat(replied.status()).as(replied.body()).isEqualTo(200);
        assertThat(replied.json().path("overdue").asBoolean()).isFalse();
        assertThat(queueIds(ops, "&overdue=true")).doesNotContain(open.toString()).contains(other.toString());

        // Outcomes that cannot happen: retraining in a course that does not exist, a bad outcome code.
        assertProblem(resolve(ops, open, Map.of("outcome", "RETRAINING", "note", "回炉", "courseId", UUID.randomUUID().toString())),
                422, "complaint.course-not-found");
        assertProblem(resolve(ops, open, Map.of("outcome", "FORGIVE", "note", "x")), 400, "complaint.outcome-invalid");

        // Resolved: the thread is refused again.
        assertThat(resolve(ops, other, Map.of("outcome", "APOLOGY", "note", "已致歉")).status()).isEqualTo(200);
        assertProblem(thread(ops, second.orderId(), other), 422, "notification.complaint-required");

        // 31 days after completion a complaint is refused.
        clock.advance(Duration.ofDays(31));
        assertProblem(file(steps.signIn(customer.phone()), second.orderId(), "CHARGES"), 422, "complaint.filing-window-closed");
    }

    @Test
    @DisplayName("A2.1 two operators resolving one complaint with a full refund at the same moment: one succeeds, one refund, "
            + "the ledger balances")
    void concurrentResolution() throws Exception {
        Certified worker = steps.worker("投诉丙", journeys.operatorToken("ops"));
        Served order = served(steps.customer(), worker, 11);
        UUID complaintId = filed(order.customer().token(), order.orderId(), "CHARGES");
        List<String> tokens = List.of(journeys.operatorToken("ops"), journeys.operatorToken("ops"));
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Http.Reply>> replies = new ArrayList<>();
            for (String token : tokens) {
                replies.add(pool.submit(() -> {
                    start.await();
                    return resolve(token, complaintId, Map.of("outcome", "FULL_REFUND", "note", "多收费用,全额退款"));
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (var reply : replies) {
                Http.Reply r = reply.get();
                statuses.add(r.status());
                if (r.status() != 200) {
                    assertThat(r.status()).as(r.body()).isBetween(400, 499);
                    assertThat(r.contentType()).startsWith("application/problem+json");
                }
            }
            assertThat(statuses).containsOnlyOnce(200);
        } finally {
            pool.shutdownNow();
        }
        BillingAdministration.PaymentLine payment = billing.orderPayments(order.orderId()).getFirst();
        assertThat(payment.refunds()).hasSize(1);
        assertThat(payment.refunds().getFirst().amountFen()).isEqualTo(order.paidFen());
        BillingJourneys.ledgerBalanced(reports);
        JsonNode resolved = http.get("/api/v1/customer/complaints/" + complaintId).bearer(order.customer().token()).send().json();
        assertThat(resolved.path("refundFen").asLong()).isEqualTo(order.paidFen());
    }

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(16, 12, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
