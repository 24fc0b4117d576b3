package org.shangmen.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.imageio.ImageIO;
import org.shangmen.app.support.Http;
import org.shangmen.app.support.Journeys;
import org.shangmen.identity.api.OperatorAdministration;
import org.shangmen.worker.domain.IdCardNumber;

/** A worker's steps to certification over HTTP, shared by the worker and booking journeys. */
public final class WorkerJourneys {

    private final Http http;
    private final Journeys journeys;

    public WorkerJourneys(Http http) {
        this.http = http;
        this.journeys = new Journeys(http);
    }

    static byte[] png(Color color) {
        try {
            BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
            var g = image.createGraphics();
            g.setColor(color);
            g.fillRect(0, 0, 64, 48);
            g.dispose();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A valid ID number of a woman born in 1990, different almost every time: one of 168 000, so that the
     * few dozen a run draws do not collide (with a fixed birthday there were only 500).
     */
    static String idNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String first17 = String.format("4403051990%02d%02d%02d%d", 1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(100),
                2 * random.nextInt(5));
        return first17 + IdCardNumber.checkCharacter(first17);
    }

    private static final java.util.concurrent.atomic.AtomicInteger ISSUED = new java.util.concurrent.atomic.AtomicInteger();

    /**
     * A valid ID number of a woman born in 1990, never the same twice in one run (up to 16 800): a
     * different area code from {@link #idNumber()}, so the two never meet.
     */
    static String uniqueIdNumber() {
        int n = ISSUED.getAndIncrement();
        int month = 1 + n / 1400 % 12;
        int rest = n % 1400;
        int day = 1 + rest / 50;
        int r = rest % 50;
        String first17 = String.format("4403061990%02d%02d%02d%d", month, day, r / 5, 2 * (r % 5));
        return first17 + IdCardNumber.checkCharacter(first17);
    }

    static Map<String, Object> profile(String name, String id) {
        return Map.ofEntries(Map.entry("realName", name), Map.entry("gender", "FEMALE"), Map.entry("birthYear", 1990),
                Map.entry("idNumber", id), Map.entry("experienceYears", 6), Map.entry("formerEmployers", List.of("深圳好帮手家政")),
                Map.entry("skills", List.of("DAILY_CLEANING", "ELDERLY_CARE")), Map.entry("districts", List.of("440305", "440304")),
                Map.entry("homeLatitude", 22.53), Map.entry("homeLongitude", 113.94), Map.entry("serviceRadiusMetres", 5000),
                Map.entry("hourlyRateFen", 5000), Map.entry("languages", List.of("普通话", "粤语")), Map.entry("introduction", "细心耐心,擅长老人照护"));
    }

    Http.Reply certificate(String token, String number) {
        return http.multipart("/api/v1/worker/certificates", Map.of("type", "HOUSEKEEPER", "number", number,
                "issuer", "深圳市人力资源和社会保障局", "validFrom", "2024-01-01", "validUntil", "2030-12-31"), "cert.png", png(Color.BLUE))
                .bearer(token).send();
    }

    /** A worker with a complete, submitted application; answers the worker's token. */
    public String submittedWorker(String name) {
        String token = journeys.workerToken();
        Http.Reply saved = http.put("/api/v1/worker/profile", Http.json(profile(name, idNumber()))).bearer(token).send();
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(http.multipart("/api/v1/worker/profile/photo", Map.of(), "me.png", png(Color.PINK)).bearer(token).send().status())
                .isEqualTo(200);
        assertThat(certificate(token, "JZ-2024-" + UUID.randomUUID().toString().substring(0, 6)).status()).isEqualTo(200);
        http.post("/api/v1/worker/face-check/consent", "").bearer(token).send();
        assertThat(http.multipart("/api/v1/worker/face-check", Map.of(), "live.png", png(Color.ORANGE)).bearer(token).send().status())
                .isEqualTo(200);
        Http.Reply submitted = http.post("/api/v1/worker/submission", "{}").bearer(token).send();
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        return token;
    }

    public UUID workerId(String token) {
        return UUID.fromString(http.get("/api/v1/worker/profile").bearer(token).send().json().path("workerId").asString());
    }

    /** A certified worker; answers the worker's token. */
    public String approvedWorker(String name, OperatorAdministration operators) {
        String token = submittedWorker(name);
        assertThat(http.post("/api/v1/admin/workers/" + workerId(token) + "/approval", "")
                .bearer(journeys.operatorToken(operators, "ops")).send().status()).isEqualTo(204);
        return token;
    }

    /** A certified worker with the phone it signs in with. */
    public record Certified(String token, java.util.UUID workerId, String phone) {
    }

    /**
     * A certified worker whose profile is the standard one with the given fields replaced, working every
     * day from 06:00 to 22:00; {@code opsToken} approves it.
     */
    public Certified certifiedWorker(String name, String opsToken, Map<String, Object> overrides) {
        String phone = Journeys.newPhone();
        String token = journeys.register(phone, "WORKER", false).path("accessToken").asString();
        Map<String, Object> profile = new java.util.HashMap<>(profile(name, uniqueIdNumber()));
        profile.putAll(overrides);
        Http.Reply saved = http.put("/api/v1/worker/profile", Http.json(profile)).bearer(token).send();
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(http.multipart("/api/v1/worker/profile/photo", Map.of(), "me.png", png(Color.PINK)).bearer(token).send().status())
                .isEqualTo(200);
        assertThat(certificate(token, "JZ-2024-" + UUID.randomUUID().toString().substring(0, 6)).status()).isEqualTo(200);
        http.post("/api/v1/worker/face-check/consent", "").bearer(token).send();
        assertThat(http.multipart("/api/v1/worker/face-check", Map.of(), "live.png", png(Color.ORANGE)).bearer(token).send().status())
                .isEqualTo(200);
        Http.Reply submitted = http.post("/api/v1/worker/submission", "{}").bearer(token).send();
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        UUID id = workerId(token);
        Http.Reply approved = http.post("/api/v1/admin/workers/" + id + "/approval", "").bearer(opsToken).send();
        assertThat(approved.status()).as(approved.body()).isEqualTo(204);
        Map<String, Object> days = new java.util.LinkedHashMap<>();
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
            days.put(day, List.of(Map.of("start", "06:00", "end", "22:00")));
        }
        Http.Reply hours = http.put("/api/v1/worker/schedule/weekly-hours", Http.json(Map.of("days", days))).bearer(token).send();
        assertThat(hours.status()).as(hours.body()).isEqualTo(200);
        return new Certified(token, id, phone);
    }
}
