package org.shangmen.dispatch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.alipay.api.internal.util.AlipaySignature;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.GeneralSecurityException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.shangmen.app.support.Await;
import org.shangmen.app.support.Http;
import org.shangmen.app.support.Journeys;

/**
 * The packaged platform run as three processes (free ports) against one fresh PostgreSQL database,
 * sharing Redis, with an S3 stand-in for the object store: races driven across the instances, a live
 * notice crossing from one instance to a stream held by another, and an instance killed (-9) in the middle
 * of a load of submissions. Run by failsafe in the PostgreSQL pass ({@code -Ppostgres}), after packaging.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final String DEMO_PASSWORD = "Shangmen-demo-2026";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    record Instance(Process process, int port, Http http, Path log) {
    }

    private static final List<Instance> INSTANCES = new ArrayList<>();
    private static WireMockServer objectStore;
    /** A local Alipay: answers precreates signed with its own key, as Alipay does; its notices are signed the same way. */
    private static WireMockServer alipay;
    private static final String ALIPAY_APP_ID = "2021000000000019";
    private static final KeyPair ALIPAY_KEYS = rsa();
    private static final KeyPair MERCHANT_KEYS = rsa();
    /** The order the race of test 2 gave a worker: it awaits payment. */
    private static UUID acceptedOrderId;
    private static String acceptedOrderCustomer;
    private static String adminUrl;
    private static String clusterUrl;
    private static String database;
    private static Path workDir;

    @BeforeAll
    static void startCluster() throws Exception {
        String configured = System.getProperty("shangmen.test.db-url");
        int slash = configured.lastIndexOf('/');
        database = configured.substring(slash + 1).replaceAll("\\?.*", "") + "_cluster";
        adminUrl = configured.substring(0, slash + 1) + "postgres";
        clusterUrl = configured.substring(0, slash + 1) + database;
        sql("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        sql("CREATE DATABASE " + database);
        objectStore = new WireMockServer(wireMockConfig().dynamicPort());
        objectStore.start();
        objectStore.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
        alipay = new WireMockServer(wireMockConfig().dynamicPort());
        alipay.start();
        String precreate = "{\"code\":\"10000\",\"msg\":\"Success\",\"qr_code\":\"https://qr.alipay.com/bax0cluster\"}";
        alipay.stubFor(post(urlPathEqualTo("/gateway.do")).withQueryParam("method", equalTo("alipay.trade.precreate"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json;charset=utf-8")
                        .withBody("{\"alipay_trade_precreate_response\":" + precreate + ",\"sign\":\""
                                + AlipaySignature.rsa256Sign(precreate, base64(ALIPAY_KEYS.getPrivate().getEncoded()), "UTF-8") + "\"}")));
        workDir = Files.createTempDirectory("shangmen-cluster");
        // The first instance seeds the demo city; all three start at once (the migrations take turns on the
        // database's lock). The third is the one killed amid a load of submissions.
        INSTANCES.add(start("a", "dev,demo"));
        INSTANCES.add(start("b", "dev"));
        INSTANCES.add(start("c", "dev"));
        for (Instance i : INSTANCES) {
            awaitReady(i);
        }
    }

    @AfterAll
    static void stopCluster() throws Exception {
        for (Instance i : INSTANCES) {
            i.process().destroy();
        }
        for (Instance i : INSTANCES) {
            i.process().waitFor();
        }
        if (objectStore != null) {
            objectStore.stop();
        }
        if (alipay != null) {
            alipay.stop();
        }
        sql("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }

    @Test
    @Order(1)
    @DisplayName("C5.1 a notice raised on instance A reaches the worker's live stream held by instance B")
    void noticeCrossesInstances() throws Exception {
        Instance a = INSTANCES.get(0);
        Instance b = INSTANCES.get(1);
        String worker = signIn(b.http(), "13800000001");
        List<String> lines = new CopyOnWriteArrayList<>();
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest watch = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + b.port() + "/api/v1/me/notices/stream"))
                .header("Authorization", "Bearer " + worker).header("Accept", "text/event-stream").build();
        var stream = client.sendAsync(watch, HttpResponse.BodyHandlers.ofLines()).thenAccept(r -> r.body().forEach(lines::add));
        Await.condition(() -> lines.stream().anyMatch(l -> l.startsWith("event:ready")), "the stream on B to open");
        DispatchJourneys onA = new DispatchJourneys(a.http());
        String customer = new Journeys(a.http()).customerToken();
        UUID orderId = onA.submitted(customer, onA.request("440305", 22.535, 113.944, wednesdayAt(14)));
        String offerId = Await.value(() -> onA.openOfferFor(worker, orderId), "the offer to worker 1");
        Await.condition(() -> lines.stream().anyMatch(l -> l.startsWith("data:") && l.contains(offerId)),
                "the offer's notice on the stream held by B");
        stream.cancel(true);
        client.shutdownNow();
    }

    @Test
    @Order(2)
    @DisplayName("W2.2 the workers offered one order accept it through both instances at once: one wins, one booking")
    void oneWinnerAcrossInstances() throws Exception {
        Instance a = INSTANCES.get(0);
        Instance b = INSTANCES.get(1);
        DispatchJourneys onA = new DispatchJourneys(a.http());
        String customer = new Journeys(b.http()).customerToken();
        // Between demo workers 1 and 5, within the first rung's reach of both.
        UUID orderId = onA.submitted(customer, onA.request("440305", 22.5475, 113.922, wednesdayAt(16).plusDays(7)));
        List<String> tokens = new ArrayList<>();
        List<String> offers = new ArrayList<>();
        for (String phone : List.of("13800000001", "13800000005")) {
            String token = signIn(a.http(), phone);
            String offer = Await.value(() -> onA.openOfferFor(token, orderId), "an offer of " + orderId + " to " + phone.substring(7));
            tokens.add(token);
            offers.add(offer);
        }
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService racers = Executors.newFixedThreadPool(8);
        List<Future<int[]>> answers = new ArrayList<>();
        try {
            for (int round = 0; round < 4; round++) {
                for (int w = 0; w < tokens.size(); w++) {
                    int worker = w;
                    Http via = INSTANCES.get((round + w) % 2).http();
                    answers.add(racers.submit(() -> {
                        go.await();
                        Http.Reply reply = via.post("/api/v1/worker/offers/" + offers.get(worker) + "/accept", "")
                                .bearer(tokens.get(worker)).send();
                        return new int[] {worker, reply.status()};
                    }));
                }
            }
            go.countDown();
            java.util.Set<Integer> winners = new java.util.HashSet<>();
            for (Future<int[]> answer : answers) {
                int[] r = answer.get();
                assertThat(r[1]).isIn(200, 409);
                if (r[1] == 200) {
                    winners.add(r[0]);
                }
            }
            assertThat(winners).hasSize(1);
        } finally {
            racers.shutdown();
        }
        assertThat(count("SELECT COUNT(*) FROM booking.worker_job WHERE order_id = ?", orderId)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM worker.booking WHERE order_id = ?", orderId)).isEqualTo(1);
        acceptedOrderId = orderId;
        acceptedOrderCustomer = customer;
    }

    @Test
    @Order(3)
    @DisplayName("C4.2 Alipay's signed notice of one payment reaches both instances 100 times at once: one payment, the order paid once")
    void onePaymentFromNoticesAcrossInstances() throws Exception {
        assertThat(acceptedOrderId).as("the order accepted in the race before").isNotNull();
        Http.Reply opened = INSTANCES.get(0).http().post("/api/v1/customer/orders/" + acceptedOrderId + "/payments",
                        Http.json(Map.of("channel", "ALIPAY"))).bearer(acceptedOrderCustomer)
                .header("Idempotency-Key", UUID.randomUUID().toString()).send();
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        UUID paymentId = UUID.fromString(opened.json().path("paymentId").asString());
        String outTradeNo = text("SELECT out_trade_no FROM billing.payment WHERE id = ?", paymentId);
        long amountFen = count("SELECT amount_fen FROM billing.payment WHERE id = ?", paymentId);
        String notice = alipayNotice(outTradeNo, amountFen);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService senders = Executors.newFixedThreadPool(16);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int n = 0; n < 100; n++) {
                Http via = INSTANCES.get(n % 2).http();
                answers.add(senders.submit(() -> {
                    go.await();
                    Http.Reply r = via.post("/api/v1/public/payments/notify/alipay", notice)
                            .header("Content-Type", "application/x-www-form-urlencoded").send();
                    return r.status();
                }));
            }
            go.countDown();
            for (Future<Integer> answer : answers) {
                assertThat(answer.get()).isEqualTo(200);
            }
        } finally {
            senders.shutdown();
        }
        assertThat(text("SELECT status FROM billing.payment WHERE id = ?", paymentId)).isEqualTo("SUCCEEDED");
        assertThat(count("SELECT COUNT(*) FROM billing.payment WHERE order_id = ? AND status = 'SUCCEEDED'", acceptedOrderId)).isEqualTo(1);
        Await.condition(() -> "PAID".equals(text("SELECT status FROM booking.customer_order WHERE id = ?", acceptedOrderId)),
                "the order paid");
        assertThat(count("SELECT COUNT(*) FROM booking.order_payment WHERE order_id = ?", acceptedOrderId)).isEqualTo(1);
    }

    @Test
    @Order(4)
    @DisplayName("C2.4 one Idempotency-Key sent to both instances at once makes one order, and every answer names it")
    void oneOrderPerKeyAcrossInstances() throws Exception {
        String customer = new Journeys(INSTANCES.get(0).http()).customerToken();
        String key = UUID.randomUUID().toString();
        DispatchJourneys onA = new DispatchJourneys(INSTANCES.get(0).http());
        Map<String, Object> body = onA.request("440305", 22.5475, 113.923, wednesdayAt(14).plusDays(7));
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService racers = Executors.newFixedThreadPool(8);
        List<Future<Http.Reply>> answers = new ArrayList<>();
        try {
            for (int n = 0; n < 8; n++) {
                DispatchJourneys via = new DispatchJourneys(INSTANCES.get(n % 2).http());
                answers.add(racers.submit(() -> {
                    go.await();
                    return via.submit(customer, body, key);
                }));
            }
            go.countDown();
            Set<String> ids = new HashSet<>();
            for (Future<Http.Reply> answer : answers) {
                Http.Reply r = answer.get();
                // 409 booking.submission-in-progress: the same key is being stored by the other instance; the client asks again.
                assertThat(r.status()).as(r.body()).isIn(200, 201, 409);
                if (r.status() / 100 == 2) {
                    ids.add(r.json().path("id").asString());
                }
            }
            Http.Reply again = new DispatchJourneys(INSTANCES.get(1).http()).submit(customer, body, key);
            assertThat(again.status() / 100).as(again.body()).isEqualTo(2);
            ids.add(again.json().path("id").asString());
            assertThat(ids).hasSize(1);
            assertThat(count("SELECT COUNT(*) FROM booking.customer_order WHERE id = ?", UUID.fromString(ids.iterator().next())))
                    .isEqualTo(1);
            assertThat(countText("SELECT COUNT(*) FROM booking.customer_order WHERE idempotency_key = ?", key)).isEqualTo(1);
        } finally {
            racers.shutdown();
        }
    }

    @Test
    @Order(5)
    @DisplayName("C2.4 W2.2 twenty customers book one worker's last free time through both instances: she is booked once")
    void lastSlotBookedOnce() throws Exception {
        String worker = signIn(INSTANCES.get(0).http(), "13800000001");
        UUID workerId = UUID.fromString(INSTANCES.get(0).http().get("/api/v1/worker/profile").bearer(worker).send().json()
                .path("workerId").asString());
        OffsetDateTime start = wednesdayAt(16).plusDays(14);
        ExecutorService customers = Executors.newFixedThreadPool(10);
        List<Future<UUID>> submitted = new ArrayList<>();
        try {
            for (int n = 0; n < 20; n++) {
                Instance via = INSTANCES.get(n % 2);
                submitted.add(customers.submit(() -> {
                    DispatchJourneys steps = new DispatchJourneys(via.http());
                    Map<String, Object> body = steps.request("440305", 22.5475, 113.922, start);
                    body.put("preferredWorkerId", workerId.toString());
                    return steps.submitted(new Journeys(via.http()).customerToken(), body);
                }));
            }
            List<UUID> orders = new ArrayList<>();
            for (Future<UUID> f : submitted) {
                orders.add(f.get());
            }
            Map<UUID, String> offers = new LinkedHashMap<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (offers.size() < orders.size() && System.nanoTime() < deadline) {
                Http.Reply open = INSTANCES.get(0).http().get("/api/v1/worker/offers?open=true&size=100").bearer(worker).send();
                for (var offer : open.json().path("items")) {
                    UUID orderId = UUID.fromString(offer.path("orderId").asString());
                    if (orders.contains(orderId)) {
                        offers.put(orderId, offer.path("offerId").asString());
                    }
                }
                Thread.sleep(1000);
            }
            assertThat(offers).as("offers of the twenty orders to the chosen worker").hasSize(orders.size());
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> accepts = new ArrayList<>();
            int n = 0;
            for (String offer : offers.values()) {
                Http via = INSTANCES.get(n++ % 2).http();
                accepts.add(customers.submit(() -> {
                    go.await();
                    return via.post("/api/v1/worker/offers/" + offer + "/accept", "").bearer(worker).send().status();
                }));
            }
            go.countDown();
            int won = 0;
            for (Future<Integer> a : accepts) {
                int status = a.get();
                assertThat(status).isIn(200, 409);
                won += status == 200 ? 1 : 0;
            }
            assertThat(won).isEqualTo(1);
            String ids = orders.stream().map(id -> "'" + id + "'").collect(Collectors.joining(","));
            assertThat(count("SELECT COUNT(*) FROM worker.booking WHERE order_id IN (" + ids + ") AND worker_id = ?", workerId)).isEqualTo(1);
            assertThat(count("SELECT COUNT(*) FROM booking.worker_job WHERE order_id IN (" + ids + ") AND ? IS NOT NULL", workerId)).isEqualTo(1);
        } finally {
            customers.shutdown();
        }
    }

    @Test
    @Order(6)
    @DisplayName("C5.1 a stream dropped on instance A and reconnected to instance B with the last notice's id gets the notice made meanwhile")
    void reconnectToAnotherInstanceLosesNothing() throws Exception {
        Instance a = INSTANCES.get(0);
        Instance b = INSTANCES.get(1);
        String worker = signIn(a.http(), "13800000005");
        UUID workerId = UUID.fromString(a.http().get("/api/v1/worker/profile").bearer(worker).send().json().path("workerId").asString());
        String customer = new Journeys(a.http()).customerToken();
        DispatchJourneys onA = new DispatchJourneys(a.http());

        List<String> onStreamA = new CopyOnWriteArrayList<>();
        HttpClient clientA = HttpClient.newHttpClient();
        var streamA = clientA.sendAsync(stream(a, worker, null), HttpResponse.BodyHandlers.ofLines())
                .thenAccept(r -> r.body().forEach(onStreamA::add));
        Await.condition(() -> onStreamA.stream().anyMatch(l -> l.startsWith("event:ready")), "the stream on A to open");
        Map<String, Object> first = onA.request("440305", 22.5475, 113.922, wednesdayAt(16).plusDays(21));
        first.put("preferredWorkerId", workerId.toString());
        UUID firstOrder = onA.submitted(customer, first);
        String firstOffer = Await.value(() -> onA.openOfferFor(worker, firstOrder), "the first offer");
        Await.condition(() -> onStreamA.stream().anyMatch(l -> l.startsWith("data:") && l.contains(firstOffer)), "the first offer's notice on A");
        String lastSeen = lastIdBefore(onStreamA, firstOffer);
        streamA.cancel(true);
        clientA.shutdownNow();

        // While the client is away, a second offer is made (its notice raised on whichever instance dispatched it).
        Map<String, Object> second = onA.request("440305", 22.5475, 113.922, wednesdayAt(16).plusDays(28));
        second.put("preferredWorkerId", workerId.toString());
        UUID secondOrder = new DispatchJourneys(b.http()).submitted(customer, second);
        String secondOffer = Await.value(() -> onA.openOfferFor(worker, secondOrder), "the second offer");

        List<String> onStreamB = new CopyOnWriteArrayList<>();
        HttpClient clientB = HttpClient.newHttpClient();
        var streamB = clientB.sendAsync(stream(b, worker, lastSeen), HttpResponse.BodyHandlers.ofLines())
                .thenAccept(r -> r.body().forEach(onStreamB::add));
        try {
            Await.condition(() -> onStreamB.stream().anyMatch(l -> l.startsWith("data:") && l.contains(secondOffer)),
                    "the missed offer's notice replayed by B");
            assertThat(onStreamB).noneMatch(l -> l.startsWith("id:") && l.contains(lastSeen));
        } finally {
            streamB.cancel(true);
            clientB.shutdownNow();
        }
    }

    @Test
    @Order(10)
    @DisplayName("C2.1 an instance killed (-9) amid a load of submissions: every order acknowledged with 2xx is kept and goes on through dispatch")
    void killedInstanceLosesNothing() throws Exception {
        Instance c = INSTANCES.get(2);
        List<String> customers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            customers.add(new Journeys(INSTANCES.get(i % 3).http()).customerToken());
        }
        List<UUID> acknowledged = new CopyOnWriteArrayList<>();
        AtomicInteger sent = new AtomicInteger();
        ExecutorService load = Executors.newFixedThreadPool(6);
        List<Future<?>> workers = new ArrayList<>();
        // Mornings in Nanshan, where demo workers 1 and 5 are free (one of them on any weekday): submission checks that someone is.
        OffsetDateTime first = wednesdayAt(9).plusDays(14);
        for (int t = 0; t < 6; t++) {
            int thread = t;
            workers.add(load.submit(() -> {
                DispatchJourneys via = new DispatchJourneys(INSTANCES.get(thread % 3).http());
                for (int n = 0; n < 8; n++) {
                    int k = sent.incrementAndGet();
                    try {
                        Http.Reply reply = via.submit(customers.get(thread),
                                via.request("440305", 22.5475, 113.922 + thread * 0.001, first.plusDays(n)), UUID.randomUUID().toString());
                        if (reply.status() / 100 == 2) {
                            acknowledged.add(UUID.fromString(reply.json().path("id").asString()));
                        }
                    } catch (IllegalStateException | AssertionError connectionLost) {
                        // The killed instance's callers get no answer: nothing was acknowledged to them.
                    }
                    if (k == 20) {
                        c.process().destroyForcibly();
                    }
                }
                return null;
            }));
        }
        for (Future<?> w : workers) {
            w.get();
        }
        load.shutdown();
        assertThat(c.process().isAlive()).isFalse();
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(20);
        for (UUID orderId : acknowledged) {
            assertThat(count("SELECT COUNT(*) FROM booking.customer_order WHERE id = ?", orderId)).as("order %s kept", orderId).isEqualTo(1);
        }
        // A submission the killed instance committed but did not hand to dispatch is taken over once its publication is
        // stale (20 s here) by a live instance's resubmission (every 5 s).
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        List<UUID> waiting = new ArrayList<>(acknowledged);
        while (!waiting.isEmpty() && System.nanoTime() < deadline) {
            waiting.removeIf(orderId -> count("SELECT COUNT(*) FROM dispatch.decision WHERE order_id = ? AND kind = 'OPENED'", orderId) == 1);
            if (!waiting.isEmpty()) {
                Thread.sleep(1000);
            }
        }
        assertThat(waiting).as("acknowledged orders whose dispatch never opened").isEmpty();
    }

    private static HttpRequest stream(Instance instance, String token, String lastEventId) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + instance.port() + "/api/v1/me/notices/stream"))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream");
        if (lastEventId != null) {
            b.header("Last-Event-ID", lastEventId);
        }
        return b.build();
    }

    /** The id line of the event whose data mentions the text. */
    private static String lastIdBefore(List<String> lines, String text) {
        String id = null;
        for (String l : lines) {
            if (l.startsWith("id:")) {
                id = l.substring(3).strip();
            } else if (l.startsWith("data:") && l.contains(text)) {
                return id;
            }
        }
        throw new AssertionError("no event about " + text);
    }

    private static String alipayNotice(String outTradeNo, long amountFen) throws Exception {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("notify_time", "2026-11-25 10:00:01");
        params.put("notify_type", "trade_status_sync");
        params.put("notify_id", UUID.randomUUID().toString().replace("-", ""));
        params.put("app_id", ALIPAY_APP_ID);
        params.put("charset", "UTF-8");
        params.put("version", "1.0");
        params.put("trade_no", "2026" + Math.abs(outTradeNo.hashCode()));
        params.put("out_trade_no", outTradeNo);
        params.put("trade_status", "TRADE_SUCCESS");
        params.put("total_amount", java.math.BigDecimal.valueOf(amountFen, 2).toPlainString());
        params.put("gmt_payment", java.time.LocalDateTime.now(SHANGHAI).format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")));
        params.put("sign_type", "RSA2");
        params.put("sign", AlipaySignature.rsa256Sign(AlipaySignature.getSignCheckContentV1(params),
                base64(ALIPAY_KEYS.getPrivate().getEncoded()), "UTF-8"));
        return params.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64(byte[] der) {
        return Base64.getEncoder().encodeToString(der);
    }

    private static OffsetDateTime wednesdayAt(int hour) {
        LocalDate day = LocalDate.now(SHANGHAI).plusDays(2).with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY));
        return day.atTime(hour, 0).atZone(SHANGHAI).toOffsetDateTime();
    }

    private static String signIn(Http http, String phone) {
        Http.Reply reply = new Journeys(http).passwordSignIn(phone, DEMO_PASSWORD, false, Journeys.newAddress());
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().path("accessToken").asString();
    }

    private static Instance start(String name, String profiles) throws IOException {
        int port = freePort();
        Path log = workDir.resolve(name + ".log");
        Path dir = Files.createDirectories(workDir.resolve(name));
        String jar = System.getProperty("shangmen.cluster.jar");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-jar", jar, "--server.port=" + port, "--shangmen.dispatch.tick=PT1S",
                "--spring.modulith.events.staleness.check-interval=PT5S",
                // A year of demo insights costs each start minutes on a busy machine and plays no part here.
                "--shangmen.analytics.demo-history.enabled=false",
                // Every request of the test comes from one address; the limits themselves are RateLimitTest's.
                "--shangmen.rate-limit.per-address=1000000", "--shangmen.rate-limit.per-account=1000000",
                // Alipay through its real adapter against the local Alipay: its notices verify on every instance alike.
                "--shangmen.billing.channels.alipay=alipay", "--shangmen.billing.alipay.app-id=" + ALIPAY_APP_ID,
                "--shangmen.billing.alipay.private-key=" + base64(MERCHANT_KEYS.getPrivate().getEncoded()),
                "--shangmen.billing.alipay.alipay-public-key=" + base64(ALIPAY_KEYS.getPublic().getEncoded()),
                "--shangmen.billing.alipay.gateway-url=http://127.0.0.1:" + alipay.port() + "/gateway.do")
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("SPRING_PROFILES_ACTIVE", profiles);
        env.put("SHANGMEN_CLUSTER_ENABLED", "true");
        env.put("SHANGMEN_DB_URL", clusterUrl);
        env.put("SHANGMEN_DB_USER", System.getProperty("shangmen.test.db-user", "postgres"));
        env.put("SHANGMEN_DB_POOL", "8");
        env.put("SHANGMEN_STORAGE_PROVIDER", "s3");
        env.put("SHANGMEN_STORAGE_S3_ENDPOINT", "http://127.0.0.1:" + objectStore.port());
        env.put("SHANGMEN_STORAGE_S3_BUCKET", "shangmen");
        env.put("SHANGMEN_STORAGE_S3_ACCESS_KEY", "cluster-test");
        env.put("SHANGMEN_STORAGE_S3_SECRET_KEY", "cluster-test-secret");
        env.put("SHANGMEN_STORAGE_LINK_SECRET", "cluster-test-link-secret-of-at-least-32-bytes");
        env.put("SHANGMEN_RATE_LIMIT_STORE", "redis");
        env.put("SHANGMEN_LIVE_FAN_OUT", "redis");
        env.put("SHANGMEN_EVENTS_STALE_AFTER", "PT20S");
        env.put("SHANGMEN_EVENTS_RESUBMIT_EVERY", "PT5S");
        env.put("SHANGMEN_EVENTS_RESUBMIT_AFTER", "PT5S");
        return new Instance(builder.start(), port, new Http(port), log);
    }

    private static void awaitReady(Instance instance) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + instance.port() + "/actuator/health/readiness")).build();
        // Up to fifteen minutes: a start takes 30 s on an idle machine and several minutes on a crowded one.
        for (int i = 0; i < 450; i++) {
            if (!instance.process().isAlive()) {
                break;
            }
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(2000);
        }
        List<String> log = Files.readAllLines(instance.log());
        throw new AssertionError("an instance did not become ready; its log ends:\n"
                + String.join("\n", log.subList(Math.max(0, log.size() - 60), log.size())));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sql(String statement) throws SQLException {
        try (Connection c = DriverManager.getConnection(adminUrl, System.getProperty("shangmen.test.db-user", "postgres"), "");
             Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private static String text(String query, UUID id) {
        try (Connection c = DriverManager.getConnection(clusterUrl, System.getProperty("shangmen.test.db-user", "postgres"), "");
             PreparedStatement s = c.prepareStatement(query)) {
            s.setObject(1, id);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long countText(String query, String value) {
        try (Connection c = DriverManager.getConnection(clusterUrl, System.getProperty("shangmen.test.db-user", "postgres"), "");
             PreparedStatement s = c.prepareStatement(query)) {
            s.setString(1, value);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(String query, UUID id) {
        try (Connection c = DriverManager.getConnection(clusterUrl, System.getProperty("shangmen.test.db-user", "postgres"), "");
             PreparedStatement s = c.prepareStatement(query)) {
            s.setObject(1, id);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
