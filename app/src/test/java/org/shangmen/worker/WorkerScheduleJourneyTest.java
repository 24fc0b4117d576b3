package org.shangmen.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.app.support.Http;
import org.shangmen.app.support.Journeys;
import org.shangmen.app.support.MutableClock;
import org.shangmen.app.support.PlatformTest;
import org.shangmen.identity.api.OperatorAdministration;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.RegionCode;
import org.shangmen.kernel.TimeRange;
import org.shangmen.worker.api.CertificateType;
import org.shangmen.worker.api.Skill;
import org.shangmen.worker.api.WorkerCalendar;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@PlatformTest
class WorkerScheduleJourneyTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    OperatorAdministration operators;
    @Autowired
    WorkerCalendar calendar;
    @Autowired
    MutableClock clock;
    @Autowired
    Http http;
    @Autowired
    Journeys journeys;

    private String approvedWorker(String name) {
        return new WorkerJourneys(http).approvedWorker(name, operators);
    }

    private static Map<String, Object> week() {
        Map<String, Object> days = new java.util.LinkedHashMap<>();
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
            days.put(day, List.of(Map.of("start", "08:00", "end", "12:00"), Map.of("start", "13:00", "end", "18:00")));
        }
        return Map.of("days", days);
    }

    @Test
    @DisplayName("W2.3 a worker keeps weekly hours and leave; the calendar shows bookings and what is still free")
    void calendar() {
        String token = approvedWorker("陈美华");
        UUID workerId = UUID.fromString(http.get("/api/v1/worker/profile").bearer(token).send().json().path("workerId").asString());
        assertThat(http.put("/api/v1/worker/schedule/weekly-hours", Http.json(week())).bearer(token).send().status()).isEqualTo(200);
        LocalDate day = LocalDate.now(clock.withZone(SHANGHAI)).plusDays(3);
        Http.Reply leave = http.post("/api/v1/worker/schedule/exceptions", Http.json(Map.of("date", day.toString(), "kind", "LEAVE",
                "window", Map.of("start", "13:00", "end", "18:00"), "note", "孩子家长会"))).bearer(token).send();
        assertThat(leave.status()).as(leave.body()).isEqualTo(200);

        Instant nine = day.atTime(9, 0).atZone(SHANGHAI).toInstant();
        calendar.book(workerId, UUID.randomUUID(), TimeRange.of(nine, Duration.ofHours(2)));
        JsonNode view = http.get("/api/v1/worker/schedule?from=" + day + "&to=" + day).bearer(token).send().json();
        assertThat(view.path("timeZone").asString()).isEqualTo("Asia/Shanghai");
        assertThat(view.path("bookings")).hasSize(1);
        assertThat(view.path("freeTime").findValuesAsString("start")).containsExactly(day + "T08:00:00+08:00", day + "T11:00:00+08:00");
        assertThat(view.path("freeTime").findValuesAsString("end")).containsExactly(day + "T09:00:00+08:00", day + "T12:00:00+08:00");

        assertThat(calendar.eligibleWorkers(Skill.ELDERLY_CARE, RegionCode.of("440305"), Set.of())).contains(workerId);
        assertThat(calendar.eligibleWorkers(Skill.ELDERLY_CARE, RegionCode.of("440305"), Set.of(CertificateType.HOUSEKEEPER)))
                .contains(workerId);
        assertThat(calendar.eligibleWorkers(Skill.ELDERLY_CARE, RegionCode.of("440305"), Set.of(CertificateType.ELDERLY_CARE)))
                .as("no elderly-care certificate").doesNotContain(workerId);
        assertThat(calendar.eligibleWorkers(Skill.MATERNITY_NURSE, RegionCode.of("440305"), Set.of())).doesNotContain(workerId);
        assertThat(calendar.eligibleWorkers(Skill.ELDERLY_CARE, RegionCode.of("440306"), Set.of())).doesNotContain(workerId);
        assertThat(calendar.freeTime(List.of(workerId), new TimeRange(day.atStartOfDay(SHANGHAI).toInstant(),
                day.plusDays(1).atStartOfDay(SHANGHAI).toInstant())).get(workerId)).hasSize(2);

        Http.Reply overlapping = http.put("/api/v1/worker/schedule/weekly-hours", Http.json(Map.of("days", Map.of("MONDAY",
                List.of(Map.of("start", "08:00", "end", "12:00"), Map.of("start", "11:00", "end", "13:00")))))).bearer(token).send();
        assertThat(overlapping.json().path("code").asString()).isEqualTo("worker.windows-overlap");
        assertThat(http.put("/api/v1/worker/schedule/weekly-hours", Http.json(Map.of("days", Map.of("MONDAY",
                List.of(Map.of("start", "8am", "end", "12:00")))))).bearer(token).send().status()).isEqualTo(400);
        assertThat(http.get("/api/v1/worker/schedule?from=" + day + "&to=" + day.plusDays(90)).bearer(token).send().json()
                .path("code").asString()).isEqualTo("worker.calendar-range-invalid");

        // W1.2: an expired required certificate makes the worker ineligible for the items that need it.
        LocalDate today = LocalDate.now(clock.withZone(SHANGHAI));
        Http.Reply elderly = http.multipart("/api/v1/worker/certificates", Map.of("type", "ELDERLY_CARE", "number", "YL-2025-7788",
                "issuer", "深圳市民政局", "validFrom", today.minusYears(1).toString(), "validUntil", today.plusDays(1).toString()),
                "cert.png", WorkerJourneys.png(java.awt.Color.GREEN)).bearer(token).send();
        assertThat(elderly.status()).as(elderly.body()).isEqualTo(200);
        assertThat(calendar.eligibleWorkers(Skill.ELDERLY_CARE, RegionCode.of("440305"), Set.of(CertificateType.ELDERLY_CARE)))
                .contains(workerId);
        clock.advance(Duration.ofDays(2));
        assertThat(calendar.eligibleWorkers(Skill.ELDERLY_CARE, RegionCode.of("440305"), Set.of(CertificateType.ELDERLY_CARE)))
                .as("the certificate has expired").doesNotContain(workerId);
    }

    @Test
    @DisplayName("W2.2 two orders racing for one worker's time: exactly one is booked; released time is free again")
    void bookingRace() throws Exception {
        String token = approvedWorker("刘淑芬");
        UUID workerId = UUID.fromString(http.get("/api/v1/worker/profile").bearer(token).send().json().path("workerId").asString());
        Instant start = LocalDate.now(clock.withZone(SHANGHAI)).plusDays(5).atTime(14, 0).atZone(SHANGHAI).toInstant();
        int contenders = 6;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(contenders);
        List<Future<Boolean>> results = new ArrayList<>();
        List<UUID> orders = new ArrayList<>();
        for (int i = 0; i < contenders; i++) {
            UUID order = UUID.randomUUID();
            orders.add(order);
            Instant offset = start.plus(Duration.ofMinutes(30L * (i % 2)));
            Callable<Boolean> attempt = () -> {
                go.await();
                try {
                    calendar.book(workerId, order, TimeRange.of(offset, Duration.ofHours(2)));
                    return true;
                } catch (DomainException taken) {
                    return false;
                } catch (RuntimeException lockedOut) {
                    return false;
                }
            };
            results.add(pool.submit(attempt));
        }
        go.countDown();
        int booked = 0;
        for (Future<Boolean> result : results) {
            booked += result.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(booked).isEqualTo(1);
        TimeRange window = TimeRange.of(start.minus(Duration.ofHours(1)), Duration.ofHours(5));
        assertThat(http.get("/api/v1/worker/schedule?from=" + LocalDate.ofInstant(start, SHANGHAI) + "&to=" + LocalDate.ofInstant(start, SHANGHAI))
                .bearer(token).send().json().path("bookings")).hasSize(1);
        orders.forEach(calendar::release);
        calendar.book(workerId, UUID.randomUUID(), TimeRange.of(start, Duration.ofHours(2)));
        assertThat(window.duration()).isEqualTo(Duration.ofHours(5));
    }
}
