package org.shangmen.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.app.support.Await;
import org.shangmen.app.support.Http;
import org.shangmen.app.support.Journeys;
import org.shangmen.app.support.MutableClock;
import org.shangmen.app.support.PlatformTest;
import org.shangmen.worker.WorkerJourneys.Certified;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A client that lost its live stream reconnects with the last notice it got and loses none made meanwhile. */
@PlatformTest
class NoticeReconnectJourneyTest {

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    Http http;
    @Autowired
    Journeys journeys;
    @Autowired
    DispatchJourneys dispatch;

    @Test
    @DisplayName("C5.1 reconnecting with Last-Event-ID replays the notices made while the stream was down, and not the one already seen")
    void reconnectReplaysMissedNotices() {
        double lat = 22.7200;
        double lng = 114.2500;
        Certified worker = dispatch.worker("重连阿姨", journeys.operatorToken("ops"), "440307", lat, lng);
        String seen = Await.value(() -> {
            for (var n : http.get("/api/v1/me/notices?unreadFirst=false").bearer(worker.token()).send().json().path("items")) {
                if ("CERTIFICATION_APPROVED".equals(n.path("template").asString())) {
                    return n.path("id").asString();
                }
            }
            return null;
        }, "the approval notice");

        String customer = journeys.customerToken();
        UUID orderId = dispatch.submitted(customer, dispatch.request("440307", lat, lng, DispatchJourneys.tomorrowAt(clock.instant(), 15)));
        String offerId = dispatch.offerFor(worker.token(), orderId);

        List<String> lines = new CopyOnWriteArrayList<>();
        HttpClient client = HttpClient.newHttpClient();
        try {
            HttpRequest reconnect = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/me/notices/stream"))
                    .header("Authorization", "Bearer " + worker.token()).header("Accept", "text/event-stream")
                    .header("Last-Event-ID", seen).build();
            CompletableFuture<Void> reading = client.sendAsync(reconnect, HttpResponse.BodyHandlers.ofLines())
                    .thenAccept(r -> r.body().forEach(lines::add));
            Await.condition(() -> lines.stream().anyMatch(l -> l.startsWith("data:") && l.contains(offerId)),
                    "the offer's notice replayed");
            reading.cancel(true);
        } finally {
            // The stream stays open: close() would wait for it.
            client.shutdownNow();
        }
        assertThat(lines).anyMatch(l -> l.startsWith("event:ready"));
        assertThat(lines).noneMatch(l -> l.startsWith("id:") && l.contains(seen));
        assertThat(lines.stream().filter(l -> l.startsWith("id:")).count()).isGreaterThanOrEqualTo(1);
    }
}
