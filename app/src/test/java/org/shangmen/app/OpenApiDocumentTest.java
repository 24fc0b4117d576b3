package org.shangmen.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.app.support.Http;
import org.shangmen.app.support.PlatformTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.SerializationFeature;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The published OpenAPI documents: one name per schema across modules, each side's operations in its
 * group, and the documents written to {@code target/openapi/} for the typed client the build generates.
 */
@PlatformTest
class OpenApiDocumentTest {

    static final List<String> GROUPS = List.of("customer", "worker", "admin", "auth", "public");
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Autowired
    Http http;

    private JsonNode document(String group) {
        Http.Reply reply = http.get(group == null ? "/v3/api-docs" : "/v3/api-docs/" + group).send();
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    @Test
    @DisplayName("every schema of every group is the same schema in the combined document (no module's type replaces another's)")
    void schemaNamesAreUnique() {
        JsonNode combined = document(null).path("components").path("schemas");
        List<String> replaced = new ArrayList<>();
        for (String group : GROUPS) {
            for (Map.Entry<String, JsonNode> schema : document(group).path("components").path("schemas").properties()) {
                if (!schema.getValue().equals(combined.path(schema.getKey()))) {
                    replaced.add(group + ": " + schema.getKey());
                }
            }
        }
        assertThat(replaced).as("schemas of a group that the combined document names differently").isEmpty();
        assertThat(combined.has("BookingSubmitRequest")).isTrue();
        assertThat(combined.has("WorkerSubmitRequest")).isTrue();
    }

    @Test
    @DisplayName("C5.2 the message centre, notice actions and private messages are in the customer, worker and admin groups")
    void meIsInTheGroupsOfItsUsers() {
        for (String group : List.of("customer", "worker", "admin")) {
            JsonNode paths = document(group).path("paths");
            assertThat(paths.has("/api/v1/me/notices")).as(group).isTrue();
            assertThat(paths.has("/api/v1/me/orders/{orderId}/messages")).as(group).isTrue();
        }
    }

    @Test
    @DisplayName("C4.1 C4.2 W2.1 the document says what the platform does: 201 for a new order or payment, a required "
            + "Idempotency-Key on payments, offer rows on the offers list, the statuses a filter takes, what cancel cancels")
    void documentSaysWhatThePlatformDoes() {
        JsonNode paths = document(null).path("paths");
        JsonNode submit = paths.path("/api/v1/customer/orders").path("post");
        assertThat(submit.path("responses").has("201")).isTrue();
        assertThat(submit.path("responses").has("200")).isTrue();
        JsonNode pay = paths.path("/api/v1/customer/orders/{orderId}/payments").path("post");
        assertThat(pay.path("responses").has("201")).isTrue();
        assertThat(parameter(pay, "Idempotency-Key").path("required").asBoolean()).isTrue();
        JsonNode refund = paths.path("/api/v1/admin/billing/payments/{paymentId}/refunds").path("post");
        assertThat(parameter(refund, "Idempotency-Key").path("required").asBoolean()).isTrue();
        String offerRows = paths.path("/api/v1/worker/offers").path("get").path("responses").path("200").path("content")
                .path("application/json").path("schema").path("$ref").asString();
        JsonNode schemas = document(null).path("components").path("schemas");
        String itemRef = schemas.path(offerRows.substring(offerRows.lastIndexOf('/') + 1)).path("properties").path("items")
                .path("items").path("$ref").asString();
        assertThat(schemas.path(itemRef.substring(itemRef.lastIndexOf('/') + 1)).path("properties").has("offerId")).isTrue();
        assertThat(parameter(paths.path("/api/v1/customer/orders").path("get"), "status").path("schema").path("enum").valueStream()
                .map(JsonNode::asString).toList()).contains("AWAITING_ACCEPTANCE", "PAID", "CANCELLED");
        assertThat(parameter(paths.path("/api/v1/worker/orders").path("get"), "status").path("schema").path("enum").isArray()).isTrue();
        assertThat(paths.path("/api/v1/customer/orders/{orderId}/cancel").path("post").path("summary").asString())
                .contains("已支付").doesNotContain("尚未被接单");
    }

    @Test
    @DisplayName("C4.1 W2.1 C4.2 the status codes an answer carries list their values: orders, offers and their steps, payments")
    void answerStatusesListTheirValues() {
        JsonNode schemas = document(null).path("components").path("schemas");
        assertThat(values(schemas, "OrderSummary", "status")).contains("AWAITING_ACCEPTANCE", "PAID", "COMPLETED", "CANCELLED");
        assertThat(values(schemas, "OfferResponse", "status")).contains("OPEN", "ACCEPTED");
        assertThat(values(schemas, "OfferResponse", "step")).contains("TARGETED");
        assertThat(values(schemas, "PaymentView", "status")).contains("PENDING", "SUCCEEDED");
    }

    /** The values a property's schema (inline or referenced) allows. */
    private static List<String> values(JsonNode schemas, String schema, String property) {
        assertThat(schemas.has(schema)).as(schema).isTrue();
        JsonNode node = schemas.path(schema).path("properties").path(property);
        String ref = node.path("$ref").asString("");
        if (!ref.isEmpty()) {
            node = schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return node.path("enum").valueStream().map(JsonNode::asString).toList();
    }

    private static JsonNode parameter(JsonNode operation, String name) {
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.path("name").asString().equals(name)) {
                return parameter;
            }
        }
        throw new AssertionError("no parameter " + name + " in " + operation.path("operationId").asString());
    }

    @Test
    @DisplayName("the documents of the running platform are written to target/openapi for the generated client")
    void writeDocuments() throws IOException {
        Path folder = Path.of("target", "openapi");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("shangmen.json"), JSON.writeValueAsString(published(document(null))), StandardCharsets.UTF_8);
        for (String group : GROUPS) {
            Files.writeString(folder.resolve(group + ".json"), JSON.writeValueAsString(published(document(group))), StandardCharsets.UTF_8);
        }
        assertThat(folder.resolve("shangmen.json")).isNotEmptyFile();
    }

    /** The document as a client sees it in production: without the test probes and the development-only endpoints. */
    private static JsonNode published(JsonNode document) {
        ObjectNode copy = (ObjectNode) document.deepCopy();
        ObjectNode paths = (ObjectNode) copy.path("paths");
        List<String> drop = new ArrayList<>();
        paths.propertyNames().forEach(p -> {
            if (p.startsWith("/api/v1/public/test-probe") || p.startsWith("/api/v1/dev/")) {
                drop.add(p);
            }
        });
        drop.forEach(paths::remove);
        copy.remove("servers");
        return copy;
    }
}
