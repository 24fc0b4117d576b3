package org.shangmen.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.shangmen.app.support.Http;
import org.shangmen.worker.WorkerJourneys;
import org.shangmen.worker.WorkerJourneys.Certified;
import tools.jackson.databind.JsonNode;

/** Steps of the placement journeys: certified maternity nurses, the 月嫂 item, a placement asked for, interviews answered, paying. */
final class PlacementSteps {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final String DISTRICT = "440305";

    private final Http http;
    private final WorkerJourneys workers;

    PlacementSteps(Http http) {
        this.http = http;
        this.workers = new WorkerJourneys(http);
    }

    /** A certified 月嫂 (maternity nurse and health certificates) serving the district. */
    Certified maternityNurse(String name, String opsToken) {
        Certified worker = workers.certifiedWorker(name, opsToken, Map.of("skills", List.of("MATERNITY_NURSE", "NANNY"),
                "districts", List.of(DISTRICT)));
        for (String type : List.of("MATERNITY_NURSE", "HEALTH")) {
            Http.Reply uploaded = http.multipart("/api/v1/worker/certificates", Map.of("type", type, "number",
                            "MY-" + UUID.randomUUID().toString().substring(0, 8), "issuer", "深圳市人力资源和社会保障局",
                            "validFrom", "2024-01-01", "validUntil", "2031-12-31"), "cert.png", png())
                    .bearer(worker.token()).send();
            assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(200);
        }
        return worker;
    }

    String itemId(String code) {
        JsonNode catalogue = http.get("/api/v1/public/catalogue").send().json();
        for (JsonNode category : catalogue.path("categories")) {
            for (JsonNode item : category.path("items")) {
                if (code.equals(item.path("code").asString())) {
                    return item.path("id").asString();
                }
            }
        }
        throw new AssertionError("no active item " + code);
    }

    /** The ids of the workers free every day of the span. */
    List<String> freeWorkers(String customerToken, LocalDate start, int days) {
        Http.Reply reply = http.get("/api/v1/customer/placements/free-workers?itemId=" + itemId("maternity-nurse") + "&district=" + DISTRICT
                + "&start=" + start + "&days=" + days + "&size=100").bearer(customerToken).send();
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().path("items").valueStream().map(w -> w.path("workerId").asString()).toList();
    }

    /** A 月嫂 placement from {@code start} for {@code days}, inviting the workers to an online interview the day before. */
    Http.Reply request(String customerToken, LocalDate start, int days, UUID... shortlist) {
        OffsetDateTime interview = start.minusDays(1).atTime(10, 0).atZone(SHANGHAI).toOffsetDateTime();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("itemId", itemId("maternity-nurse"));
        body.put("options", Map.of("twins", "no"));
        body.put("district", DISTRICT);
        body.put("latitude", 22.5333);
        body.put("longitude", 113.9304);
        body.put("start", start.toString());
        body.put("days", days);
        body.put("liveIn", true);
        body.put("shortlist", java.util.Arrays.stream(shortlist).map(w -> Map.of("workerId", w.toString(), "interviewAt",
                interview.toString(), "mode", "ONLINE")).toList());
        return http.post("/api/v1/customer/placements", Http.json(body)).bearer(customerToken).send();
    }

    Http.Reply answer(String workerToken, String placementId, boolean accept) {
        return http.post("/api/v1/worker/placements/" + placementId + "/interview", Http.json(Map.of("accept", accept)))
                .bearer(workerToken).send();
    }

    Http.Reply choose(String customerToken, String placementId, UUID workerId, String plan) {
        return http.post("/api/v1/customer/placements/" + placementId + "/choice", Http.json(Map.of("workerId", workerId.toString(),
                "plan", plan, "restDaysPerMonth", 2, "included", List.of("新生儿护理", "产妇月子餐")))).bearer(customerToken).send();
    }

    /** Pays what the placement owes now through the sandbox; answers the amount paid. */
    long payNext(String customerToken, String placementId) {
        Http.Reply opened = http.post("/api/v1/customer/orders/" + placementId + "/payments", Http.json(Map.of("channel", "ALIPAY")))
                .bearer(customerToken).header("Idempotency-Key", UUID.randomUUID().toString()).send();
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        Http.Reply done = http.post("/api/v1/dev/payments/" + opened.json().path("paymentId").asString() + "/complete", "").send();
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.json().path("status").asString()).isEqualTo("SUCCEEDED");
        return opened.json().path("amountFen").asLong();
    }

    JsonNode placement(String customerToken, String placementId) {
        Http.Reply reply = http.get("/api/v1/customer/placements/" + placementId).bearer(customerToken).send();
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static byte[] png() {
        try {
            BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
            var g = image.createGraphics();
            g.setColor(Color.GREEN);
            g.fillRect(0, 0, 64, 48);
            g.dispose();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
