package org.shangmen.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.app.support.Http;
import org.shangmen.app.support.Journeys;
import org.shangmen.app.support.MutableClock;
import org.shangmen.app.support.PlatformTest;
import org.shangmen.identity.api.OperatorAdministration;
import org.shangmen.worker.WorkerJourneys;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The customer's way through the catalogue, quotes and free slots, and the operator's upkeep of the catalogue. */
@PlatformTest
class BookingCatalogueJourneyTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    OperatorAdministration operators;
    @Autowired
    MutableClock clock;
    @Autowired
    Http http;
    @Autowired
    Journeys journeys;

    private JsonNode catalogue() {
        Http.Reply reply = http.get("/api/v1/public/catalogue").send();
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private String itemId(String code) {
        for (JsonNode category : catalogue().path("categories")) {
            for (JsonNode item : category.path("items")) {
                if (code.equals(item.path("code").asString())) {
                    return item.path("id").asString();
                }
            }
        }
        throw new AssertionError("no active item " + code);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(SHANGHAI));
    }

    private Http.Reply quote(String itemId, Map<String, Object> options, String district) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", List.of(Map.of("itemId", itemId, "options", options)));
        body.put("district", district);
        body.put("start", today().plusDays(3) + "T09:00:00+08:00");
        return http.post("/api/v1/public/quotes", Http.json(body)).send();
    }

    @Test
    @DisplayName("C2.2 the README's duration example is what a quote answers: 柜式空调 × 2 takes 150 minutes")
    void readmeDurationExample() throws java.io.IOException {
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("..", "README.md"));
        java.util.regex.Matcher example = java.util.regex.Pattern.compile("柜式空调 × 2.*?\\*\\*(\\d+) minutes\\*\\*",
                java.util.regex.Pattern.DOTALL).matcher(readme);
        assertThat(example.find()).as("the README gives the example").isTrue();
        Http.Reply quoted = quote(itemId("appliance-cleaning"), Map.of("appliance", "cabinetAc", "count", 2), "440305");
        assertThat(quoted.status()).as(quoted.body()).isEqualTo(200);
        assertThat(quoted.json().path("estimatedMinutes").asInt()).isEqualTo(Integer.parseInt(example.group(1))).isEqualTo(150);
    }

    private static Map<String, Object> week() {
        Map<String, Object> days = new LinkedHashMap<>();
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
            days.put(day, List.of(Map.of("start", "08:00", "end", "12:00"), Map.of("start", "13:00", "end", "18:00")));
        }
        return Map.of("days", days);
    }

    /** Workers who could start daily cleaning in Nanshan at the given local time, 0 when no slot is offered. */
    private int workersAt(LocalDate day, String time) {
        Http.Reply reply = http.get("/api/v1/public/slots?items=" + itemId("daily-cleaning") + "&district=440305&from=" + day + "&days=1")
                .send();
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().path("timeZone").asString()).isEqualTo("Asia/Shanghai");
        for (JsonNode slot : reply.json().path("slots")) {
            if (slot.path("start").asString().equals(day + "T" + time + "+08:00")) {
                return slot.path("workers").asInt();
            }
        }
        return 0;
    }

    @Test
    @DisplayName("C2.1 the demo catalogue lists the eight services by category; an item shows options and its area's price range")
    void browse() {
        List<String> names = catalogue().path("categories").findValuesAsString("name");
        assertThat(names).contains("日常保洁", "深度保洁", "家电清洗", "家居保养", "保姆服务", "月嫂服务", "老人护理", "病人护理");
        Http.Reply item = http.get("/api/v1/public/catalogue/items/" + itemId("daily-cleaning") + "?district=440305").send();
        assertThat(item.status()).as(item.body()).isEqualTo(200);
        assertThat(item.json().path("options").findValuesAsString("key")).contains("hours", "focus", "thoroughness", "products", "area");
        assertThat(item.json().path("priceRange").path("regionCode").asString()).isEqualTo("440300");
        assertThat(item.json().path("priceRange").path("minFen").asLong()).isEqualTo(3_500);
        assertThat(http.get("/api/v1/public/catalogue/items/" + UUID.randomUUID()).send().json().path("code").asString())
                .isEqualTo("booking.item-not-found");
    }

    @Test
    @DisplayName("C2.2 a quote prices the options; unknown options and values and out-of-range numbers are named field by field")
    void quoteAndOptionErrors() {
        String daily = itemId("daily-cleaning");
        Http.Reply ok = quote(daily, Map.of("hours", 3, "thoroughness", "deep", "products", "eco", "focus", List.of("hood")), "440305");
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        JsonNode q = ok.json();
        assertThat(q.path("lines").get(0).path("unitPriceFen").asLong()).isEqualTo(5_400);
        assertThat(q.path("subtotalFen").asLong()).isEqualTo(21_700);
        assertThat(q.path("discountFen").asLong()).isZero();
        assertThat(q.path("totalFen").asLong()).isEqualTo(21_700);
        assertThat(q.path("estimatedMinutes").asInt()).isEqualTo(240);

        Http.Reply bad = quote(daily, Map.of("area", 35, "colour", "red", "thoroughness", "sparkling"), "440305");
        assertThat(bad.status()).as(bad.body()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.json().path("code").asString()).isEqualTo("booking.options-invalid");
        assertThat(bad.json().path("requestId").asString()).isEqualTo(bad.header("X-Request-Id"));
        assertThat(bad.json().path("errors").findValuesAsString("field")).containsExactlyInAnyOrder("items[0].options.area",
                "items[0].options.colour", "items[0].options.thoroughness");
        assertThat(bad.json().path("errors").findValuesAsString("code")).containsExactlyInAnyOrder(
                "booking.option-out-of-range", "booking.option-unknown", "booking.option-value-unknown");
        assertThat(bad.json().path("errors").findValuesAsString("message"))
                .contains("items[0].options.area:须在 20 到 300 之间,步长 10。");
        Map<String, Object> badBody = new LinkedHashMap<>();
        badBody.put("items", List.of(Map.of("itemId", daily, "options", Map.of("area", 35, "colour", "red", "thoroughness", "sparkling"))));
        badBody.put("district", "440305");
        badBody.put("start", today().plusDays(3) + "T09:00:00+08:00");
        Http.Reply english = http.post("/api/v1/public/quotes", Http.json(badBody)).header("Accept-Language", "en").send();
        assertThat(english.json().path("errors").findValuesAsString("message"))
                .contains("items[0].options.colour: the item has no such option.");
        assertThat(quote(daily, Map.of(), "110105").json().path("code").asString()).isEqualTo("booking.district-not-served");
    }

    @Test
    @DisplayName("C2.3 a certified worker's hours appear as slots, which disappear when the worker is booked or on leave")
    void slots() {
        WorkerJourneys workers = new WorkerJourneys(http);
        String token = workers.approvedWorker("黄丽娟", operators);
        Http.Reply hours = http.put("/api/v1/worker/schedule/weekly-hours", Http.json(week())).bearer(token).send();
        assertThat(hours.status()).as(hours.body()).isEqualTo(200);
        LocalDate day = today().plusDays(4);
        int morning = workersAt(day, "08:00");
        assertThat(morning).as("our worker can start at 08:00").isPositive();

        Http.Reply order = http.get("/api/v1/public/slots?items=" + itemId("daily-cleaning") + "&district=440305&asap=true").send();
        assertThat(order.status()).isEqualTo(200);
        assertThat(order.json().path("slots").size()).isLessThanOrEqualTo(1);

        UUID workerId = workers.workerId(token);
        calendarBook(workerId, day);
        assertThat(workersAt(day, "08:00")).as("booked 08:00-12:00").isEqualTo(morning - 1);

        int afternoon = workersAt(day.plusDays(1), "13:00");
        Http.Reply leave = http.post("/api/v1/worker/schedule/exceptions", Http.json(Map.of("date", day.plusDays(1).toString(),
                "kind", "LEAVE", "window", Map.of("start", "13:00", "end", "18:00"), "note", "家中有事"))).bearer(token).send();
        assertThat(leave.status()).as(leave.body()).isEqualTo(200);
        assertThat(workersAt(day.plusDays(1), "13:00")).as("on leave in the afternoon").isEqualTo(afternoon - 1);
        assertThat(http.get("/api/v1/public/slots?items=" + itemId("daily-cleaning") + "&district=440305&days=40").send().json()
                .path("code").asString()).isEqualTo("booking.slot-days-invalid");
    }

    @Autowired
    org.shangmen.worker.api.WorkerCalendar calendar;

    private void calendarBook(UUID workerId, LocalDate day) {
        calendar.book(workerId, UUID.randomUUID(), new org.shangmen.kernel.TimeRange(day.atTime(8, 0).atZone(SHANGHAI).toInstant(),
                day.atTime(12, 0).atZone(SHANGHAI).toInstant()));
    }

    private static Map<String, Object> greenCleaning(String code) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("key", "products");
        option.put("label", "清洁剂");
        option.put("type", "CHOICE");
        option.put("required", false);
        option.put("values", List.of(Map.of("key", "plant", "label", "植物基", "surchargeFen", 0, "surchargeBasisPoints", 0,
                "extraMinutes", 0)));
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("code", code);
        item.put("categoryCode", "cleaning");
        item.put("name", "绿色保洁");
        item.put("description", "只用环保清洁剂的全屋保洁。");
        item.put("standards", List.of("不使用含氯清洁剂"));
        item.put("unit", "PER_VISIT");
        item.put("basePriceFen", 19_900);
        item.put("minimumMinutes", 120);
        item.put("typicalMinutes", 180);
        item.put("skill", "DAILY_CLEANING");
        item.put("requiredCertificates", List.of());
        item.put("options", List.of(option));
        return item;
    }

    @Test
    @DisplayName("A2.2 an operator adds an item, customers see it, the operator retires it; auditors read, customers may not")
    void operatorKeepsTheCatalogue() {
        String ops = journeys.operatorToken("ops");
        String code = "green-" + UUID.randomUUID().toString().substring(0, 8);
        Http.Reply created = http.post("/api/v1/admin/catalogue/items", Http.json(greenCleaning(code))).bearer(ops).send();
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("id").asString();
        assertThat(itemId(code)).isEqualTo(id);
        assertThat(http.post("/api/v1/admin/catalogue/items", Http.json(greenCleaning(code))).bearer(ops).send().json().path("code")
                .asString()).isEqualTo("booking.item-code-taken");

        String auditor = journeys.operatorToken("auditor");
        assertThat(http.get("/api/v1/admin/catalogue/items/" + id).bearer(auditor).send().status()).isEqualTo(200);
        assertThat(http.post("/api/v1/admin/catalogue/items/" + id + "/retirement", "").bearer(auditor).send().status()).isEqualTo(403);
        assertThat(http.get("/api/v1/admin/catalogue/items").bearer(journeys.customerToken()).send().status()).isEqualTo(403);

        Http.Reply retired = http.post("/api/v1/admin/catalogue/items/" + id + "/retirement", "").bearer(ops).send();
        assertThat(retired.status()).as(retired.body()).isEqualTo(200);
        assertThat(retired.json().path("status").asString()).isEqualTo("RETIRED");
        assertThat(http.get("/api/v1/public/catalogue/items/" + id).send().status()).isEqualTo(404);
        assertThat(catalogue().path("categories").findValuesAsString("code")).doesNotContain(code);
    }

    @Test
    @DisplayName("A1.1 a district's price range overrides the city's, and a quote whose unit price falls outside it is refused")
    void priceRangeRefusal() {
        String ops = journeys.operatorToken("ops");
        String daily = itemId("daily-cleaning");
        Http.Reply set = http.put("/api/v1/admin/catalogue/items/" + daily + "/price-ranges/440304",
                Http.json(Map.of("minFen", 3_500, "maxFen", 5_000))).bearer(ops).send();
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        try {
            assertThat(http.get("/api/v1/public/catalogue/items/" + daily + "?district=440304").send().json().path("priceRange")
                    .path("maxFen").asLong()).isEqualTo(5_000);
            Http.Reply refused = quote(daily, Map.of("thoroughness", "deep"), "440304");
            assertThat(refused.status()).as(refused.body()).isEqualTo(422);
            assertThat(refused.json().path("code").asString()).isEqualTo("booking.price-out-of-range");
            assertThat(refused.json().path("detail").asString()).contains("日常保洁", "¥54.00", "¥50.00");
            assertThat(quote(daily, Map.of("thoroughness", "deep"), "440305").status()).as("the city's range applies").isEqualTo(200);
        } finally {
            assertThat(http.delete("/api/v1/admin/catalogue/items/" + daily + "/price-ranges/440304").bearer(ops).send().status())
                    .isEqualTo(204);
        }
    }
}
