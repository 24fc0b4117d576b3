package org.shangmen.notification;

import org.shangmen.app.support.Await;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.app.support.Http;
import org.shangmen.app.support.Journeys;
import org.shangmen.app.support.PlatformTest;
import org.shangmen.worker.WorkerJourneys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@PlatformTest
class MessageCentreJourneyTest {

    @LocalServerPort
    int port;
    @Autowired
    Http http;
    @Autowired
    Journeys journeys;
    @Autowired
    WorkerJourneys workers;

    long unread(String token) {
        Http.Reply reply = http.get("/api/v1/me/notices/unread-count").bearer(token).send();
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().path("unread").asLong();
    }

    JsonNode notices(String token) {
        Http.Reply reply = http.get("/api/v1/me/notices").bearer(token).send();
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    static void assertProblem(Http.Reply reply, int status) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    @Test
    @DisplayName("C5.1 C5.2 a certified worker hears of it in the message centre, opens it, and it counts as read")
    void certifiedWorkerHearsOfIt() throws Exception {
        String worker = workers.submittedWorker("李秀英");
        UUID workerId = workers.workerId(worker);
        assertThat(unread(worker)).isZero();
        String ops = journeys.operatorToken("ops");

        assertThat(http.post("/api/v1/admin/workers/" + workerId + "/approval", "").bearer(ops).send().status()).isEqualTo(204);
        Await.condition(() -> unread(worker) == 1, "the certification notice");

        JsonNode page = notices(worker);
        assertThat(page.path("total").asLong()).isEqualTo(1);
        JsonNode notice = page.path("items").get(0);
        assertThat(notice.path("template").asString()).isEqualTo("CERTIFICATION_APPROVED");
        assertThat(notice.path("title").asString()).isEqualTo("认证已通过");
        assertThat(notice.path("body").asString()).contains("现在可以接单");
        assertThat(notice.path("read").asBoolean()).isFalse();
        assertThat(notice.path("subject").path("type").asString()).isEqualTo("WORKER");
        assertThat(notice.path("createdAt").asString()).endsWith("+08:00");

        String id = notice.path("id").asString();
        Http.Reply english = http.get("/api/v1/me/notices?unreadFirst=false").bearer(worker).header("Accept-Language", "en").send();
        assertThat(english.json().path("items").get(0).path("title").asString()).isEqualTo("Certification approved");
        Http.Reply opened = http.get("/api/v1/me/notices/" + id).bearer(worker).send();
        assertThat(opened.status()).isEqualTo(200);
        assertThat(opened.json().path("read").asBoolean()).isTrue();
        assertThat(unread(worker)).isZero();
        assertThat(http.post("/api/v1/me/notices/" + id + "/read", "").bearer(worker).send().status()).isEqualTo(204);
    }

    @Test
    @DisplayName("C5.2 unread notices come first, newest first; marking one and then all read empties the count")
    void unreadFirstAndReadAll() throws Exception {
        String worker = workers.submittedWorker("张桂芳");
        UUID workerId = workers.workerId(worker);
        String ops = journeys.operatorToken("ops");
        Http.Reply rejected = http.post("/api/v1/admin/workers/" + workerId + "/rejection",
                Http.json(Map.of("reason", "证书照片模糊,请重新上传"))).bearer(ops).send();
        assertThat(rejected.status()).as(rejected.body()).isIn(200, 204);
        Await.condition(() -> unread(worker) == 1, "the rejection notice");
        JsonNode rejection = notices(worker).path("items").get(0);
        assertThat(rejection.path("template").asString()).isEqualTo("CERTIFICATION_REJECTED");
        assertThat(rejection.path("body").asString()).contains("证书照片模糊,请重新上传");
        assertThat(http.post("/api/v1/me/notices/" + rejection.path("id").asString() + "/read", "").bearer(worker).send().status())
                .isEqualTo(204);

        assertThat(http.post("/api/v1/worker/submission", "{}").bearer(worker).send().status()).isEqualTo(200);
        assertThat(http.post("/api/v1/admin/workers/" + workerId + "/approval", "").bearer(ops).send().status()).isEqualTo(204);
        Http.Reply warned = http.post("/api/v1/admin/workers/" + workerId + "/penalties",
                Http.json(Map.of("kind", "WARNING", "reason", "迟到", "evidence", "客户投诉"))).bearer(ops).send();
        assertThat(warned.status()).as(warned.body()).isIn(200, 201);
        Await.condition(() -> unread(worker) == 2, "the approval and the warning");

        JsonNode items = notices(worker).path("items");
        assertThat(items).hasSize(3);
        assertThat(items.get(0).path("read").asBoolean()).isFalse();
        assertThat(items.get(1).path("read").asBoolean()).isFalse();
        assertThat(items.get(2).path("template").asString()).isEqualTo("CERTIFICATION_REJECTED");
        assertThat(List.of(items.get(0).path("template").asString(), items.get(1).path("template").asString()))
                .containsExactlyInAnyOrder("CERTIFICATION_APPROVED", "PENALTY_APPLIED");

        Http.Reply all = http.post("/api/v1/me/notices/read-all", "").bearer(worker).send();
        assertThat(all.json().path("marked").asInt()).isEqualTo(2);
        assertThat(unread(worker)).isZero();
        JsonNode paged = http.get("/api/v1/me/notices?page=1&size=2").bearer(worker).send().json();
        assertThat(paged.path("items")).hasSize(1);
        assertThat(paged.path("total").asLong()).isEqualTo(3);
    }

    @Test
    @DisplayName("C5.2 another person can neither read nor mark someone's notice: 404, and the notice stays unread")
    void othersNotices() throws Exception {
        String worker = workers.submittedWorker("赵敏");
        String ops = journeys.operatorToken("ops");
        http.post("/api/v1/admin/workers/" + workers.workerId(worker) + "/approval", "").bearer(ops).send();
        Await.condition(() -> unread(worker) == 1, "the certification notice");
        String id = notices(worker).path("items").get(0).path("id").asString();

        String stranger = journeys.customerToken();
        assertProblem(http.get("/api/v1/me/notices/" + id).bearer(stranger).send(), 404);
        Http.Reply mark = http.post("/api/v1/me/notices/" + id + "/read", "").bearer(stranger).send();
        assertProblem(mark, 404);
        assertThat(mark.json().path("code").asString()).isEqualTo("notification.notice-not-found");
        assertProblem(http.get("/api/v1/me/notices/" + id).bearer(ops).send(), 404);
        assertThat(http.post("/api/v1/me/notices/read-all", "").bearer(stranger).send().json().path("marked").asInt()).isZero();
        assertThat(notices(stranger).path("total").asLong()).isZero();
        assertThat(unread(worker)).isEqualTo(1);
        assertProblem(http.get("/api/v1/me/notices").send(), 401);
        assertProblem(http.get("/api/v1/me/notices/" + id).bearer("not-a-token").send(), 401);
    }

    @Test
    @DisplayName("C5.1 the live stream brings the notice within a second of the operator's approval")
    void liveStream() throws Exception {
        String worker = workers.submittedWorker("陈静");
        UUID workerId = workers.workerId(worker);
        String ops = journeys.operatorToken("ops");
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/me/notices/stream"))
                .header("Authorization", "Bearer " + worker).header("Accept", "text/event-stream").build();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type").orElse("")).startsWith("text/event-stream");
        Thread reader = Thread.ofVirtual().start(() -> {
            try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    lines.add(line);
                }
            } catch (java.io.IOException closed) {
                // the test is over
            }
        });
        try {
            assertThat(next(lines, "event:ready", Duration.ofSeconds(5))).isTrue();

            assertThat(http.post("/api/v1/admin/workers/" + workerId + "/approval", "").bearer(ops).send().status()).isEqualTo(204);
            long approved = System.nanoTime();
            assertThat(next(lines, "event:notice", Duration.ofSeconds(1))).as("a notice within a second").isTrue();
            String data = lines.poll(1, TimeUnit.SECONDS);
            assertThat(Duration.ofNanos(System.nanoTime() - approved)).isLessThan(Duration.ofSeconds(2));
            assertThat(data).startsWith("data:").contains("CERTIFICATION_APPROVED").contains("认证已通过");
        } finally {
            response.body().close();
            reader.interrupt();
            client.close();
        }
        assertProblem(http.get("/api/v1/me/notices/stream").header("Accept", "text/event-stream").send(), 401);
    }

    private static boolean next(BlockingQueue<String> lines, String wanted, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            String line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (line != null && line.replace(" ", "").startsWith(wanted)) {
                return true;
            }
        }
        return false;
    }

    @Test
    @DisplayName("C5.1 an account mutes WeChat and text messages; the message centre cannot be muted; bad input is a 400")
    void settings() {
        String customer = journeys.customerToken();
        JsonNode defaults = http.get("/api/v1/me/notice-settings").bearer(customer).send().json();
        assertThat(defaults.path("wechat").asBoolean()).isTrue();
        assertThat(defaults.path("sms").asBoolean()).isTrue();

        Http.Reply muted = http.put("/api/v1/me/notice-settings", Http.json(Map.of("mutedChannels", List.of("SMS", "WECHAT"))))
                .bearer(customer).send();
        assertThat(muted.status()).as(muted.body()).isEqualTo(200);
        assertThat(http.get("/api/v1/me/notice-settings").bearer(customer).send().json().path("sms").asBoolean()).isFalse();
        Http.Reply unmuted = http.put("/api/v1/me/notice-settings", Http.json(Map.of("mutedChannels", List.of("SMS")))).bearer(customer).send();
        assertThat(unmuted.json().path("wechat").asBoolean()).isTrue();
        assertThat(unmuted.json().path("sms").asBoolean()).isFalse();

        Http.Reply inApp = http.put("/api/v1/me/notice-settings", Http.json(Map.of("mutedChannels", List.of("IN_APP")))).bearer(customer).send();
        assertProblem(inApp, 400);
        assertThat(inApp.json().path("code").asString()).isEqualTo("notification.channel-not-mutable");
        assertProblem(http.put("/api/v1/me/notice-settings", Http.json(Map.of("mutedChannels", List.of("PIGEON")))).bearer(customer).send(), 400);
        assertProblem(http.put("/api/v1/me/notice-settings", "{\"mutedChannels\":").bearer(customer).send(), 400);
        assertProblem(http.put("/api/v1/me/notice-settings", "{}").bearer(customer).send(), 400);
        assertThat(http.get("/api/v1/me/notice-settings").bearer(customer).send().json().path("sms").asBoolean()).isFalse();
    }

    @Test
    @DisplayName("C5.2 W3.2 bad paging, malformed ids and private messages without orders answer 4xx problems, never 500")
    void badInput() {
        String customer = journeys.customerToken();
        assertProblem(http.get("/api/v1/me/notices?size=1000").bearer(customer).send(), 400);
        assertProblem(http.get("/api/v1/me/notices?page=-1").bearer(customer).send(), 400);
        assertProblem(http.get("/api/v1/me/notices?unreadFirst=perhaps").bearer(customer).send(), 400);
        assertProblem(http.get("/api/v1/me/notices/not-an-id").bearer(customer).send(), 400);
        assertProblem(http.get("/api/v1/me/notices/" + UUID.randomUUID()).bearer(customer).send(), 404);
        assertProblem(http.post("/api/v1/me/notices/" + UUID.randomUUID() + "/read", "").bearer(customer).send(), 404);
        // no module answers who takes part in an order yet: the private message routes are not there
        assertProblem(http.get("/api/v1/me/orders/" + UUID.randomUUID() + "/messages").bearer(customer).send(), 404);
        assertProblem(http.post("/api/v1/me/orders/" + UUID.randomUUID() + "/messages", Http.json(Map.of("text", "你好")))
                .bearer(customer).send(), 404);
        assertProblem(http.get("/api/v1/admin/orders/" + UUID.randomUUID() + "/messages?complaintId=" + UUID.randomUUID())
                .bearer(customer).send(), 403);
    }
}
