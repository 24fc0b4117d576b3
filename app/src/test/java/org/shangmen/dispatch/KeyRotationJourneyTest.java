package org.shangmen.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.app.support.Await;
import org.shangmen.app.support.Http;
import org.shangmen.app.support.Journeys;
import org.shangmen.app.support.MutableClock;
import org.shangmen.app.support.PlatformTest;
import org.shangmen.kernel.FieldCipher;
import org.shangmen.worker.WorkerJourneys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

@PlatformTest
class KeyRotationJourneyTest {

    /** The test configuration's keys: v1 the old one, v2 the active one. */
    private static final byte[] V1 = Base64.getDecoder().decode("dGVzdC1vbmx5LXNoYW5nbWVuLWZpZWxkLWtleS0zMmI=");
    private static final byte[] V2 = Base64.getDecoder().decode("dGVzdC1vbmx5LXNoYW5nbWVuLWZpZWxkLWtleS12MiE=");
    private static final byte[] LOOKUP = Base64.getDecoder().decode("dGVzdC1vbmx5LXNoYW5nbWVuLWxvb2t1cC1rZXktMzJi");

    private static final List<String[]> COLUMNS = List.of(new String[] {"identity.account", "id", "phone_cipher"},
            new String[] {"identity.account", "id", "email_cipher"}, new String[] {"worker.worker", "account_id", "id_number_cipher"},
            new String[] {"worker.certificate", "id", "number_cipher"}, new String[] {"booking.customer_order", "id", "address_detail"},
            new String[] {"booking.customer_order", "id", "contact_name"});

    @Autowired
    Http http;
    @Autowired
    Journeys journeys;
    @Autowired
    DispatchJourneys dispatch;
    @Autowired
    WorkerJourneys workers;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FieldCipher cipher;

    private final FieldCipher oldKeyOnly = new FieldCipher(Map.of("v1", V1), "v1", LOOKUP);
    private final FieldCipher newKeyOnly = new FieldCipher(Map.of("v2", V2), "v2", LOOKUP);

    /** Writes the row's value back under the old key, as it was stored before the rotation. */
    private String underOldKey(String table, String idColumn, String column, UUID id) {
        String plain = cipher.decrypt(jdbc.queryForObject("SELECT " + column + " FROM " + table + " WHERE " + idColumn + " = ?",
                String.class, id));
        jdbc.update("UPDATE " + table + " SET " + column + " = ? WHERE " + idColumn + " = ?", oldKeyOnly.encrypt(plain), id);
        return plain;
    }

    @Test
    @DisplayName("A1.2 key rotation re-encrypts phones, ID numbers and addresses to the active key with progress; the old key can then go")
    void rotationBringsEverythingToTheActiveKey() {
        String ops = journeys.operatorToken("ops");
        WorkerJourneys.Certified worker = dispatch.worker("贺春梅", ops, "440303", 22.5471, 114.1318);
        String phone = Journeys.newPhone();
        String customer = journeys.register(phone, "CUSTOMER", false).path("accessToken").asString();
        UUID orderId = dispatch.submitted(customer, dispatch.request("440303", 22.5471, 114.1318,
                DispatchJourneys.tomorrowAt(clock.instant(), 13)));
        UUID customerId = UUID.fromString(http.get("/api/v1/me/data-export").bearer(customer).send().json().path("accountId").asString());
        underOldKey("identity.account", "id", "phone_cipher", customerId);
        String idNumber = underOldKey("worker.worker", "account_id", "id_number_cipher", worker.workerId());
        String address = underOldKey("booking.customer_order", "id", "address_detail", orderId);

        String superadmin = journeys.operatorToken("superadmin");
        JsonNode before = http.get("/api/v1/admin/key-rotation").bearer(superadmin).send().json();
        assertThat(before.path("activeKey").asString()).isEqualTo("v2");
        assertThat(before.path("remaining").asLong()).isGreaterThanOrEqualTo(3);

        assertThat(http.post("/api/v1/admin/key-rotation", "").bearer(ops).send().status()).isEqualTo(403);
        String auditor = journeys.operatorToken("auditor");
        assertThat(http.get("/api/v1/admin/key-rotation").bearer(auditor).send().status()).isEqualTo(200);
        assertThat(http.post("/api/v1/admin/key-rotation", "").bearer(auditor).send().status()).isEqualTo(403);

        Http.Reply started = http.post("/api/v1/admin/key-rotation", "").bearer(superadmin).send();
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        Await.condition(() -> "DONE".equals(http.get("/api/v1/admin/key-rotation").bearer(superadmin).send().json().path("state")
                .asString()), "the re-encryption to finish");
        JsonNode after = http.get("/api/v1/admin/key-rotation").bearer(superadmin).send().json();
        assertThat(after.path("remaining").asLong()).isZero();
        assertThat(after.findValues("reEncrypted").stream().mapToLong(JsonNode::asLong).sum()).isGreaterThanOrEqualTo(3);

        // With only the new key, every stored value still reads.
        for (String[] c : COLUMNS) {
            for (String value : jdbc.queryForList("SELECT " + c[2] + " FROM " + c[0] + " WHERE " + c[2] + " IS NOT NULL", String.class)) {
                assertThatCode(() -> newKeyOnly.decrypt(value)).as(c[0] + "." + c[2]).doesNotThrowAnyException();
            }
        }
        assertThat(newKeyOnly.decrypt(jdbc.queryForObject("SELECT id_number_cipher FROM worker.worker WHERE account_id = ?", String.class,
                worker.workerId()))).isEqualTo(idNumber);
        assertThat(newKeyOnly.decrypt(jdbc.queryForObject("SELECT address_detail FROM booking.customer_order WHERE id = ?", String.class,
                orderId))).isEqualTo(address);
        Http.Reply signIn = journeys.passwordSignIn(phone, Journeys.PASSWORD, false, Journeys.newAddress());
        assertThat(signIn.status()).isEqualTo(200);
        assertThat(http.get("/api/v1/me/data-export").bearer(signIn.json().path("accessToken").asString()).send().json()
                .path("sections").path("identity").path("phone").asString()).isEqualTo(phone);
    }
}
