package org.shangmen.dispatch;

import org.shangmen.app.support.Await;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.app.support.Http;
import org.shangmen.app.support.Journeys;
import org.shangmen.app.support.MutableClock;
import org.shangmen.app.support.PlatformTest;
import org.shangmen.booking.api.OrderPayments;
import org.shangmen.identity.api.OperatorAdministration;
import org.shangmen.worker.WorkerJourneys.Certified;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** C5.1, C5.2, W3.2 over a real order: the customer's live stream, the worker setting out, private messages. Bao'an (440306). */
@PlatformTest
class OrderNoticesJourneyTest {

    @LocalServerPort
    int port;
    static final String DISTRICT = "440306";
    static final double LAT = 22.5548;
    static final double LNG = 113.8895;

    @Autowired
    OperatorAdministration operators;
    @Autowired
    MutableClock clock;
    @Autowired
    OrderPayments payments;
    @Autowired
    Http http;
    @Autowired
    Journeys journeys;
    @Autowired
    DispatchJourneys dispatch;

    @Test
    @DisplayName("C5.1 the customer hears of the acceptance on the live stream within a second of the worker's accept; "
            + "the worker setting out and checking in are notices too; W3.2 the two talk with contact details masked")
    void acceptanceLive() throws Exception {
        String ops = journeys.operatorToken("ops");
        Certified worker = dispatch.worker("宋晓丽", ops, DISTRICT, LAT, LNG + 0.001);
        String customer = journeys.customerToken();
        Map<String, Object> body = new HashMap<>(dispatch.request(DISTRICT, LAT, LNG, DispatchJourneys.tomorrowAt(clock.instant(), 9)));
        body.put("preferredWorkerId", worker.workerId().toString());
        UUID orderId = dispatch.submitted(customer, body);
        String offer = dispatch.offerFor(worker.token(), orderId);

        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<InputStream> stream = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/v1/me/notices/stream")).header("Authorization", "Bearer " + customer).header("Accept", "text/event-stream")
                .build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(stream.statusCode()).isEqualTo(200);
        Thread reader = Thread.ofVirtual().start(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    lines.add(line);
                }
            } catch (java.io.IOException closed) {
                // the stream was closed by the test
            }
        });
        try {
            assertThat(next(lines, "event:ready", Duration.ofSeconds(5))).isNotNull();
            assertThat(http.post("/api/v1/worker/offers/" + offer + "/accept", "").bearer(worker.token()).send().status()).isEqualTo(200);
            long accepted = System.nanoTime();
            String data = null;
            while (data == null || !data.contains("ORDER_ACCEPTED")) {
                assertThat(next(lines, "event:notice", Duration.ofSeconds(1))).as("a notice within a second").isNotNull();
                data = lines.poll(1, TimeUnit.SECONDS);
            }
            assertThat(Duration.ofNanos(System.nanoTime() - accepted)).isLessThan(Duration.ofSeconds(1));
            assertThat(data).contains("宋晓丽").contains("接单");
        } finally {
            stream.body().close();
            reader.interrupt();
            client.close();
        }

        payments.markPaid(orderId, "pay-" + UUID.randomUUID(), payments.payable(orderId).amountDueFen());
        Http.Reply setOut = http.post("/api/v1/worker/orders/" + orderId + "/on-the-way", Http.json(Map.of("etaMinutes", 30)))
                .bearer(worker.token()).send();
        assertThat(setOut.status()).as(setOut.body()).isEqualTo(200);
        Await.value(() -> http.get("/api/v1/me/notices?size=50").bearer(customer).send().body().contains("已出发")
                ? Boolean.TRUE : null, "the on-the-way notice");
        assertThat(http.post("/api/v1/worker/orders/" + orderId + "/on-the-way", Http.json(Map.of("etaMinutes", 999)))
                .bearer(worker.token()).send().status()).isEqualTo(400);

        // W3.2: after acceptance the customer and the worker talk; phone numbers are masked, strangers see nothing.
        Http.Reply said = http.post("/api/v1/me/orders/" + orderId + "/messages", Http.json(Map.of("text", "我的微信是 wx_zhou2026,电话 13912345678")))
                .bearer(worker.token()).send();
        assertThat(said.status()).as(said.body()).isBetween(200, 201);
        String thread = http.get("/api/v1/me/orders/" + orderId + "/messages").bearer(customer).send().body();
        assertThat(thread).contains("139****5678").doesNotContain("13912345678").doesNotContain("wx_zhou2026");
        String stranger = journeys.customerToken();
        assertThat(http.get("/api/v1/me/orders/" + orderId + "/messages").bearer(stranger).send().status()).isIn(403, 404);

        // A picture, cleaned of its metadata; only the two of them may open it; a file that is not a picture is refused.
        Http.Reply picture = http.multipart("/api/v1/me/orders/" + orderId + "/messages/images", Map.of(), "door.png",
                OrderLifecycleJourneyTest.png()).bearer(customer).send();
        assertThat(picture.status()).as(picture.body()).isEqualTo(201);
        String pictureId = picture.json().path("id").asString();
        assertThat(http.get("/api/v1/me/orders/" + orderId + "/messages").bearer(worker.token()).send().body()).contains("\"image\":true");
        // W3.2 the thread carries a short-lived signed link an <image> tag loads without a token; a forged one is refused
        String link = http.get("/api/v1/me/orders/" + orderId + "/messages").bearer(worker.token()).send().json().path("items").get(0)
                .path("imageUrl").asString().replaceFirst("^https?://[^/]+", "");
        Http.Reply linked = http.get(link).send();
        assertThat(linked.status()).as(link).isEqualTo(200);
        assertThat(linked.contentType()).startsWith("image/png");
        Http.Reply forged = http.get(link.replaceFirst("signature=[^&]+", "signature=forged")).send();
        assertThat(forged.status()).isEqualTo(404);
        assertThat(forged.contentType()).startsWith("application/problem+json");
        Http.Reply opened = http.get("/api/v1/me/orders/" + orderId + "/messages/" + pictureId + "/image").bearer(worker.token()).send();
        assertThat(opened.status()).isEqualTo(200);
        assertThat(opened.contentType()).startsWith("image/png");
        assertThat(http.get("/api/v1/me/orders/" + orderId + "/messages/" + pictureId + "/image").bearer(stranger).send().status())
                .isIn(403, 404);
        assertThat(http.multipart("/api/v1/me/orders/" + orderId + "/messages/images", Map.of(), "door.png", "GIF89a not png".getBytes())
                .bearer(customer).send().status()).isEqualTo(400);
    }

    @Test
    @DisplayName("A3.1 operators watch the board in real time: a new request shows on the stream within seconds; customers may not watch")
    void boardLive() throws Exception {
        String auditor = journeys.operatorToken("auditor");
        String ops = journeys.operatorToken("ops");
        dispatch.worker("看板阿姨", ops, DISTRICT, LAT, LNG - 0.001);
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<InputStream> stream = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/v1/admin/orders/board/stream")).header("Authorization", "Bearer " + auditor).header("Accept", "text/event-stream")
                .build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(stream.statusCode()).isEqualTo(200);
        Thread reader = Thread.ofVirtual().start(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    lines.add(line);
                }
            } catch (java.io.IOException closed) {
                // the stream was closed by the test
            }
        });
        try {
            assertThat(next(lines, "event:board", Duration.ofSeconds(5))).isNotNull();
            long before = awaiting(lines.poll(1, TimeUnit.SECONDS));
            String customer = journeys.customerToken();
            dispatch.submitted(customer, dispatch.request(DISTRICT, LAT, LNG, DispatchJourneys.tomorrowAt(clock.instant(), 13)));
            long after = before;
            long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
            while (after <= before && System.nanoTime() < deadline) {
                if (next(lines, "event:board", Duration.ofMillis(500)) != null) {
                    after = awaiting(lines.poll(1, TimeUnit.SECONDS));
                }
            }
            assertThat(after).as("awaiting acceptance on the live board").isGreaterThan(before);
        } finally {
            stream.body().close();
            reader.interrupt();
            client.close();
        }
        assertThat(http.get("/api/v1/admin/orders/board/stream").bearer(journeys.customerToken()).header("Accept", "text/event-stream")
                .send().status()).isEqualTo(403);
    }

    /** The number of orders awaiting acceptance in a board event's data line. */
    private static long awaiting(String data) {
        assertThat(data).startsWith("data:");
        tools.jackson.databind.JsonNode board = tools.jackson.databind.json.JsonMapper.builder().build().readTree(data.substring(5));
        for (tools.jackson.databind.JsonNode stage : board.path("stages")) {
            if ("AWAITING_ACCEPTANCE".equals(stage.path("status").asString())) {
                return stage.path("count").asLong();
            }
        }
        throw new AssertionError("no AWAITING_ACCEPTANCE stage in " + data);
    }

    private static String next(BlockingQueue<String> lines, String wanted, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            String line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (line != null && line.replace(" ", "").startsWith(wanted)) {
                return line;
            }
        }
        return null;
    }
}
