package org.shangmen.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The booking loop over HTTP against one or more running instances of the platform (the embedded demo
 * or any instance started with the {@code dev,demo} profiles on PostgreSQL): slot search, quote, submit,
 * the demo workers see the offer and one accepts, sandbox payment, check-in and check-out when the visit
 * is within the check-in window (else the loop goes on without them), and the customer's order read.
 * Each customer thread stays on one instance (the payment sandbox keeps its state in that instance); the
 * threads are spread over the instances given. Reports loops per second and p50/p95/p99 per call.
 *
 * <p>The workers keep the live notice stream open ({@code /api/v1/me/notices/stream}), as the workers' app
 * does: a worker told of a new offer reads its open offers again (once for the notices that came while it
 * read), and the customer's loop has the workers who saw its order accept in turn until one wins. A loop
 * whose order no worker heard of within 5 seconds fails.
 * With {@code --poll} the workers only poll, as before the stream was used.
 *
 * <p>With {@code --jdbc=} (the platform's PostgreSQL) it also runs pgbench TPC-B and select-only on that
 * database in the same run ({@code --pgbench=} seconds each, 0 to skip) and reports per loop: the
 * database's commits ({@code pg_stat_database.xact_commit}), the SQL statements the platform sent (its
 * {@code shangmen.jdbc.statements} counters, on with {@code shangmen.jdbc.count-statements=true}), event
 * publications by type, and CPU time of the platform's process ({@code --app-pid=}) and of PostgreSQL's
 * processes serving that database, with the load average before and after. With {@code --floor=} seconds it then
 * measures the least a call costs on the same instance ({@link RequestFloor}).
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.shangmen.benchmarks.BookingLoopLoad \
 *     --targets=http://127.0.0.1:8080,http://127.0.0.1:8081 [--customers=8] [--seconds=60] [--warmup=10] [--district=440305]
 *     [--workers=0] [--jdbc=jdbc:postgresql://127.0.0.1:5432/shangmen_bench] [--app-pid=PID] [--pgbench=10] [--floor=0] [--label=...]</pre>
 */
public final class BookingLoopLoad {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CODE = Pattern.compile("验证码为 ?([0-9]{6})");
    private static final String DEMO_PASSWORD = "Shangmen-demo-2026";
    private static final String PASSWORD = "Qing-Jie-2026!";
    /** The demo workers doing daily cleaning: 13800000001, 05 and 06. */
    private static final List<String> WORKERS = List.of("13800000001", "13800000005", "13800000006");
    private static final double LAT = 22.536;
    private static final double LNG = 113.943;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, ConcurrentLinkedQueue<Long>> timings = new ConcurrentHashMap<>();
    private final AtomicInteger loops = new AtomicInteger();
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicInteger completed = new AtomicInteger();
    private final AtomicInteger unnoticedLoops = new AtomicInteger();
    private volatile boolean measuring;
    private final List<String> workerPhones = new ArrayList<>(WORKERS);
    private final Map<String, Map<Integer, AtomicInteger>> statuses = new ConcurrentHashMap<>();
    /** The open offers the workers' apps saw after an offer notice, by order. */
    private final Map<String, List<Seen>> offersByOrder = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> pendingReads = new ConcurrentHashMap<>();
    private final Object noticeSignal = new Object();
    private boolean poll;
    private double callsPerLoop = 12;

    record Seen(String worker, String offerId) {
    }

    record Reply(int status, JsonNode json, String body) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            String[] kv = arg.replaceFirst("^--", "").split("=", 2);
            options.put(kv[0], kv.length > 1 ? kv[1] : "true");
        }
        List<String> targets = Arrays.asList(options.getOrDefault("targets", "http://127.0.0.1:8080").split(","));
        int customers = Integer.parseInt(options.getOrDefault("customers", "8"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "60"));
        String district = options.getOrDefault("district", "440305");
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "10"));
        int loadWorkers = Integer.parseInt(options.getOrDefault("workers", "0"));
        BookingLoopLoad load = new BookingLoopLoad();
        load.poll = options.containsKey("poll");
        for (int i = 1; i <= loadWorkers; i++) {
            load.workerPhones.add("139" + String.format("%08d", i));
        }
        LoopCosts costs = options.containsKey("jdbc") ? new LoopCosts(options.get("jdbc"), targets,
                Long.parseLong(options.getOrDefault("app-pid", "0")), Integer.parseInt(options.getOrDefault("pgbench", "10"))) : null;
        System.out.println("# " + options.getOrDefault("label", "booking loop") + ", " + java.time.Instant.now());
        if (costs != null) {
            costs.pgbench();
        }
        load.run(targets, customers, seconds, warmup, district, costs);
        int floor = Integer.parseInt(options.getOrDefault("floor", "0"));
        if (floor > 0 && costs != null) {
            load.floor(targets.getFirst(), customers, floor, costs);
        }
    }

    void run(List<String> targets, int customers, int seconds, int warmup, String district, LoopCosts costs) throws Exception {
        String itemId = itemId(targets.getFirst());
        Map<String, List<String>> workerTokens = new LinkedHashMap<>();
        for (String target : targets) {
            List<String> tokens = new ArrayList<>();
            for (String phone : workerPhones) {
                tokens.add(signIn(target, phone, DEMO_PASSWORD));
            }
            workerTokens.put(target, tokens);
            if (!poll) {
                for (int i = 0; i < tokens.size(); i++) {
                    listen(target, tokens.get(i), "198.18.1." + (2 + i % 250));
                }
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(customers);
        long measureFrom = System.nanoTime() + TimeUnit.SECONDS.toNanos(warmup);
        long deadline = measureFrom + TimeUnit.SECONDS.toNanos(seconds);
        for (int c = 0; c < customers; c++) {
            String target = targets.get(c % targets.size());
            pool.submit(() -> {
                String address = "198.18." + ThreadLocalRandom.current().nextInt(1, 255) + "." + ThreadLocalRandom.current().nextInt(1, 255);
                String customer = register(target, address);
                while (System.nanoTime() < deadline) {
                    try {
                        boolean counted = measuring;
                        boolean done = loop(target, address, customer, itemId, district, workerTokens.get(target));
                        if (counted && measuring) {
                            (done ? loops : failures).incrementAndGet();
                        }
                    } catch (RuntimeException e) {
                        if (measuring) {
                            failures.incrementAndGet();
                        }
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        sleep(Math.max(0, TimeUnit.NANOSECONDS.toMillis(measureFrom - System.nanoTime())));
        LoopCosts.Snapshot before = costs == null ? null : costs.snapshot();
        long driverBefore = driverCpuNanos();
        long started = System.nanoTime();
        measuring = true;
        sleep(Math.max(0, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        measuring = false;
        double elapsed = (System.nanoTime() - started) / 1e9;
        long driverNanos = driverCpuNanos() - driverBefore;
        LoopCosts.Snapshot after = costs == null ? null : costs.snapshot();
        pool.awaitTermination(seconds + 120L, TimeUnit.SECONDS);
        System.out.printf("instances=%d customers=%d workers=%d seconds=%.1f loops=%d loops/s=%.2f failed=%d completed-visits=%d%n",
                targets.size(), customers, workerPhones.size(), elapsed, loops.get(), loops.get() / elapsed, failures.get(), completed.get());
        if (costs != null) {
            costs.report(before, after, loops.get(), elapsed);
        }
        callsPerLoop = timings.values().stream().mapToInt(ConcurrentLinkedQueue::size).sum() / (double) Math.max(1, loops.get());
        System.out.printf("calls per loop %.1f; this driver's CPU per loop %.1f ms%n", callsPerLoop, driverNanos / 1e6 / Math.max(1, loops.get()));
        System.out.println("| call | n | p50 ms | p95 ms | p99 ms |");
        System.out.println("|---|---|---|---|---|");
        timings.forEach((call, values) -> {
            long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf("| %s | %d | %.1f | %.1f | %.1f |%n", call, sorted.length, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99));
        });
        System.out.println("loops whose order no worker was told of within 5 s (counted as failed): " + unnoticedLoops.get());
        System.out.println("answers while measured (call: status × count): " + statuses.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue().entrySet().stream().map(s -> s.getKey() + "×" + s.getValue()).toList())
                .sorted().toList());
    }

    /**
     * The least a call costs on this instance ({@link RequestFloor}): a health probe (no sign-in, no SQL), then a
     * signed-in customer's unread count (the token and session checked, one small count).
     */
    void floor(String target, int callers, int seconds, LoopCosts costs) throws Exception {
        String address = "198.18.0.250";
        String customer = register(target, address);
        RequestFloor.measure("health probe", callers, seconds,
                () -> call("floor", "GET", target + "/actuator/health/liveness", address, null, null).status(), costs, callsPerLoop);
        RequestFloor.measure("signed-in unread count", callers, seconds,
                () -> call("floor", "GET", target + "/api/v1/me/notices/unread-count", address, customer, null).status(), costs, callsPerLoop);
    }

    static long driverCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** A worker's live stream: every offer notice is remembered with the worker it went to. */
    private void listen(String target, String token, String address) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(target + "/api/v1/me/notices/stream"))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream")
                .header("X-Forwarded-For", address).GET().build();
        client.sendAsync(request, HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> Thread.ofVirtual().start(() -> {
            String event = null;
            for (String line : (Iterable<String>) response.body()::iterator) {
                if (line.startsWith("event:")) {
                    event = line.substring(6).strip();
                } else if (line.startsWith("data:") && "notice".equals(event)) {
                    JsonNode notice = JSON.readTree(line.substring(5));
                    if ("OFFER".equals(notice.path("subject").path("type").asString(""))) {
                        refreshOffers(target, token, address);
                    }
                } else if (line.isEmpty()) {
                    event = null;
                }
            }
            // The stream ended (its lifetime is 30 minutes): open it again.
            listen(target, token, address);
        }));
    }

    /**
     * The worker who accepted the order: the workers' apps, told of offers on their streams, have read
     * their open offers; the loop takes those of its order in turn until one accepts. Null when no
     * worker's app saw the order within 5 seconds.
     */
    private String acceptNoticed(String target, String address, String orderId) {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        int tried = 0;
        while (System.nanoTime() < until) {
            List<Seen> seen = offersByOrder.getOrDefault(orderId, List.of());
            for (; tried < seen.size(); tried++) {
                Seen offer = seen.get(tried);
                if (call("accept", "POST", target + "/api/v1/worker/offers/" + offer.offerId() + "/accept", address, offer.worker(), null)
                        .status() == 200) {
                    offersByOrder.remove(orderId);
                    return offer.worker();
                }
            }
            synchronized (noticeSignal) {
                try {
                    noticeSignal.wait(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return null;
                }
            }
        }
        offersByOrder.remove(orderId);
        return null;
    }

    /** What a worker's app does on an offer notice: it reads the open offers again (once for notices that came meanwhile). */
    private void refreshOffers(String target, String token, String address) {
        AtomicInteger pending = pendingReads.computeIfAbsent(token, t -> new AtomicInteger());
        if (pending.getAndIncrement() > 0) {
            return;
        }
        Thread.ofVirtual().start(() -> {
            do {
                pending.set(1);
                Reply offers = call("worker-offers", "GET", target + "/api/v1/worker/offers?open=true&size=100", address, token, null);
                for (JsonNode o : offers.json().path("items")) {
                    Seen seen = new Seen(token, o.path("offerId").asString());
                    offersByOrder.compute(o.path("orderId").asString(), (order, known) -> {
                        List<Seen> list = known == null ? new java.util.concurrent.CopyOnWriteArrayList<>() : known;
                        if (!list.contains(seen)) {
                            list.add(seen);
                        }
                        return list;
                    });
                }
                synchronized (noticeSignal) {
                    noticeSignal.notifyAll();
                }
            } while (pending.decrementAndGet() > 0);
        });
    }

    /** One booking loop; false when a step was refused (a slot taken meanwhile, an offer gone). */
    private boolean loop(String target, String address, String customer, String itemId, String district, List<String> workers) {
        Map<String, Object> line = Map.of("itemId", itemId, "options", Map.of("hours", 2));
        Reply slots = call("slot-search", "POST", target + "/api/v1/public/slots", address, null,
                Map.of("items", List.of(line), "district", district, "days", 14));
        List<JsonNode> free = new ArrayList<>();
        slots.json().path("slots").forEach(s -> {
            if (s.path("workers").asInt() > 0) {
                free.add(s);
            }
        });
        if (free.isEmpty()) {
            return false;
        }
        String start = free.get(ThreadLocalRandom.current().nextInt(Math.min(free.size(), 40))).path("start").asString();
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("items", List.of(line));
        order.put("district", district);
        order.put("latitude", LAT);
        order.put("longitude", LNG);
        order.put("start", start);
        if (call("quote", "POST", target + "/api/v1/customer/quotes", address, customer, order).status() != 200) {
            return false;
        }
        order.put("addressDetail", "3栋1502室");
        order.put("contactName", "周女士");
        order.put("requirements", "");
        Reply submitted = call("submit", "POST", target + "/api/v1/customer/orders", address, customer, order);
        if (submitted.status() != 201) {
            return false;
        }
        String orderId = submitted.json().path("id").asString();
        String winner;
        if (poll) {
            winner = pollAndAccept(target, address, orderId, workers);
        } else {
            winner = acceptNoticed(target, address, orderId);
            if (winner == null && measuring) {
                unnoticedLoops.incrementAndGet();
            }
        }
        if (winner == null) {
            return false;
        }
        Reply payment = call("pay", "POST", target + "/api/v1/customer/orders/" + orderId + "/payments", address, customer,
                Map.of("channel", "ALIPAY"));
        if (payment.status() != 201) {
            return false;
        }
        call("sandbox-complete", "POST", target + "/api/v1/dev/payments/" + payment.json().path("paymentId").asString() + "/complete",
                address, null, null);
        Reply read = call("order-read", "GET", target + "/api/v1/customer/orders/" + orderId, address, customer, null);
        String code = read.json().path("serviceCode").asString("");
        if (!code.isEmpty() && OffsetDateTime.parse(start).isBefore(OffsetDateTime.now().plusHours(2))) {
            if (call("check-in", "POST", target + "/api/v1/worker/orders/" + orderId + "/check-in", address, winner,
                    Map.of("code", code, "latitude", LAT, "longitude", LNG)).status() == 200
                    && call("check-out", "POST", target + "/api/v1/worker/orders/" + orderId + "/check-out", address, winner, null)
                    .status() == 200) {
                completed.incrementAndGet();
            }
        }
        return call("order-read", "GET", target + "/api/v1/customer/orders/" + orderId, address, customer, null).status() == 200;
    }

    /** Without the live stream: every worker's open offers in turn, every 100 ms, until one holds the order and accepts it. */
    private String pollAndAccept(String target, String address, String orderId, List<String> workers) {
        String winner = null;
        List<String> polled = new ArrayList<>(workers);
        for (int attempt = 0; attempt < 100 && winner == null; attempt++) {
            java.util.Collections.shuffle(polled, ThreadLocalRandom.current());
            for (String worker : polled) {
                Reply offers = call("worker-offers", "GET", target + "/api/v1/worker/offers?open=true&size=100", address, worker, null);
                for (JsonNode o : offers.json().path("items")) {
                    if (orderId.equals(o.path("orderId").asString())) {
                        if (call("accept", "POST", target + "/api/v1/worker/offers/" + o.path("offerId").asString() + "/accept", address,
                                worker, null).status() == 200) {
                            winner = worker;
                        }
                    }
                }
                if (winner != null) {
                    break;
                }
            }
            if (winner == null) {
                sleep(100);
            }
        }
        return winner;
    }

    private String itemId(String target) {
        for (JsonNode category : call("catalogue", "GET", target + "/api/v1/public/catalogue", "198.18.0.1", null, null).json()
                .path("categories")) {
            for (JsonNode item : category.path("items")) {
                if ("daily-cleaning".equals(item.path("code").asString())) {
                    return item.path("id").asString();
                }
            }
        }
        throw new IllegalStateException("the demo catalogue has no daily cleaning: start the platform with the demo profile");
    }

    private String register(String target, String address) {
        String phone = "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        call("sms-code", "POST", target + "/api/v1/auth/sms-codes", address, null, Map.of("phone", phone, "purpose", "REGISTER"));
        String code = null;
        for (JsonNode item : call("dev-outbox", "GET", target + "/api/v1/dev/outbox?to=%2B86" + phone, address, null, null).json()
                .path("items")) {
            Matcher m = CODE.matcher(item.path("body").asString());
            if (("+86" + phone).equals(item.path("to").asString()) && m.find()) {
                code = m.group(1);
                break;
            }
        }
        Reply registered = call("register", "POST", target + "/api/v1/auth/register/phone", address, null,
                Map.of("phone", phone, "code", String.valueOf(code), "password", PASSWORD, "role", "CUSTOMER", "rememberMe", false));
        return registered.json().path("accessToken").asString();
    }

    private String signIn(String target, String phone, String password) {
        Reply reply = call("sign-in", "POST", target + "/api/v1/auth/login/password", "198.18.0." + (2 + workerPhones.indexOf(phone) % 250), null,
                Map.of("account", phone, "password", password, "rememberMe", true));
        if (reply.status() != 200) {
            throw new IllegalStateException("demo worker " + phone.substring(7) + " could not sign in: " + reply.status());
        }
        return reply.json().path("accessToken").asString();
    }

    private Reply call(String name, String method, String url, String address, String token, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("X-Forwarded-For", address).header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
            if ("POST".equals(method) && url.contains("/orders") && !url.contains("/payments") && !url.contains("/check-")) {
                request.header("Idempotency-Key", UUID.randomUUID().toString());
            }
        }
        if ("POST".equals(method) && url.endsWith("/payments")) {
            request.header("Idempotency-Key", UUID.randomUUID().toString());
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (measuring) {
                timings.computeIfAbsent(name, n -> new ConcurrentLinkedQueue<>()).add(System.nanoTime() - t0);
                statuses.computeIfAbsent(name, n -> new ConcurrentHashMap<>())
                        .computeIfAbsent(response.statusCode(), c -> new AtomicInteger()).incrementAndGet();
            }
            if (response.statusCode() == 429) {
                // Refused by the rate limit: a client waits before it asks again.
                sleep(1000);
            }
            String text = response.body();
            JsonNode json = text == null || text.isBlank() || !text.strip().startsWith("{") ? JSON.createObjectNode() : JSON.readTree(text);
            return new Reply(response.statusCode(), json, text);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static double pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
