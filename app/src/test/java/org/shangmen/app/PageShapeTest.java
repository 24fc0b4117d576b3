package org.shangmen.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.app.support.Http;
import org.shangmen.app.support.Journeys;
import org.shangmen.app.support.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Every list the platform answers has one shape, {@code items, page, size, total}, and takes the query
 * parameters {@code page} (from 0) and {@code size} (1 to 100, 20 by default).
 */
@PlatformTest
class PageShapeTest {

    /** GET operations whose answer is an array on purpose, each with the reason. None today. */
    private static final Map<String, String> NOT_LISTS = Map.of();

    @Autowired
    Journeys journeys;
    @Autowired
    Http http;

    private JsonNode document() {
        Http.Reply reply = http.get("/v3/api-docs").send();
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    @Test
    @DisplayName("no GET operation of the API answers a bare array: every list is a page of items, page, size and total")
    void noOperationAnswersABareArray() {
        JsonNode document = document();
        JsonNode schemas = document.path("components").path("schemas");
        List<String> bare = new ArrayList<>();
        List<String> pagesWithoutParameters = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            JsonNode get = path.getValue().path("get");
            if (get.isMissingNode() || NOT_LISTS.containsKey(path.getKey())) {
                continue;
            }
            for (JsonNode media : get.path("responses").path("200").path("content")) {
                JsonNode schema = resolve(media.path("schema"), schemas);
                if ("array".equals(schema.path("type").asString())) {
                    bare.add(path.getKey());
                } else if (isPage(schema) && !(hasParameter(get, "page") && hasParameter(get, "size"))) {
                    pagesWithoutParameters.add(path.getKey());
                }
            }
        }
        assertThat(bare).as("GET operations answering a top-level array").isEmpty();
        assertThat(pagesWithoutParameters).as("pages that take no page and size parameters").isEmpty();
    }

    @Test
    @DisplayName("a short fixed list pages too: the cities answer items, page, size, total and a page past the end is empty")
    void cityListIsAPage() {
        JsonNode first = http.get("/api/v1/public/areas/cities?page=0&size=1").send().json();
        assertThat(first.path("page").asInt()).isZero();
        assertThat(first.path("size").asInt()).isEqualTo(1);
        assertThat(first.path("items").size()).isEqualTo(1);
        long total = first.path("total").asLong();
        assertThat(total).isPositive();
        JsonNode past = http.get("/api/v1/public/areas/cities?page=" + total + "&size=1").send().json();
        assertThat(past.path("items").isEmpty()).isTrue();
        assertThat(past.path("total").asLong()).isEqualTo(total);
    }

    @Test
    @DisplayName("a page size over 100 or a negative page is a 400 problem that says what to send")
    void badPageParametersAreProblems() {
        Http.Reply tooBig = http.get("/api/v1/public/promotions?size=101").send();
        assertThat(tooBig.status()).as(tooBig.body()).isEqualTo(400);
        assertThat(tooBig.json().path("code").asString()).isEqualTo("common.page-size-invalid");
        Http.Reply negative = http.get("/api/v1/public/areas/cities?page=-1").send();
        assertThat(negative.status()).as(negative.body()).isEqualTo(400);
        assertThat(negative.json().path("code").asString()).isEqualTo("common.page-invalid");
    }

    @Test
    @DisplayName("A3.2 W5.2 lists that grow are paged by the database: a week's statements, open payment anomalies and open appeals")
    void growingListsArePagedInTheDatabase() {
        String finance = journeys.operatorToken("finance");
        String ops = journeys.operatorToken("ops");
        JsonNode emptyWeek = http.get("/api/v1/admin/billing/settlements/2001-01-01?page=0&size=5").bearer(finance).send().json();
        assertThat(emptyWeek.path("items").isArray()).isTrue();
        assertThat(emptyWeek.path("items").isEmpty()).isTrue();
        assertThat(emptyWeek.path("total").asLong()).isZero();
        assertThat(emptyWeek.path("size").asInt()).isEqualTo(5);
        for (String[] list : new String[][] {{"/api/v1/admin/billing/anomalies", finance}, {"/api/v1/admin/workers/appeals", ops}}) {
            Http.Reply first = http.get(list[0] + "?page=0&size=1").bearer(list[1]).send();
            assertThat(first.status()).as(first.body()).isEqualTo(200);
            assertThat(first.json().path("items").size()).isLessThanOrEqualTo(1);
            assertThat(first.json().path("total").asLong()).isGreaterThanOrEqualTo(first.json().path("items").size());
            Http.Reply tooBig = http.get(list[0] + "?size=101").bearer(list[1]).send();
            assertThat(tooBig.status()).as(tooBig.body()).isEqualTo(400);
            assertThat(tooBig.json().path("code").asString()).isEqualTo("common.page-size-invalid");
        }
    }

    private static boolean isPage(JsonNode schema) {
        JsonNode properties = schema.path("properties");
        return properties.has("items") && properties.has("page") && properties.has("size") && properties.has("total");
    }

    private static boolean hasParameter(JsonNode operation, String name) {
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.path("name").asString().equals(name) && "query".equals(parameter.path("in").asString())) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode resolve(JsonNode schema, JsonNode schemas) {
        String ref = schema.path("$ref").asString("");
        return ref.isEmpty() ? schema : schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
    }
}
