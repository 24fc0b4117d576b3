package org.shangmen.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.app.support.Http;
import org.shangmen.app.support.Journeys;
import org.shangmen.app.support.PlatformTest;
import org.shangmen.identity.api.AccountContacts;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** C1.3 a signed-in account links WeChat or QQ (so a phone-registered customer can pay with WeChat Pay) and unlinks it. */
@PlatformTest
class SocialLinkJourneyTest {

    @Autowired
    AccountContacts contacts;
    @Autowired
    Http http;
    @Autowired
    Journeys journeys;

    @Test
    @DisplayName("C1.3 C4.2 a phone-registered customer links WeChat: signs in with it, has the openid WeChat Pay needs, and unlinks it")
    void phoneAccountLinksWeChat() {
        JsonNode registered = journeys.register(Journeys.newPhone(), "CUSTOMER", false);
        String token = registered.path("accessToken").asString();
        UUID accountId = UUID.fromString(registered.path("accountId").asString());
        assertThat(contacts.miniProgramOpenId(accountId)).isEmpty();
        String code = "dev-link-" + UUID.randomUUID();

        Http.Reply linked = http.post("/api/v1/auth/me/wechat", Http.json(Map.of("code", code))).bearer(token).send();
        assertThat(linked.status()).as(linked.body()).isEqualTo(200);
        assertThat(linked.json().path("socialProviders").toString()).contains("WECHAT");
        assertThat(linked.body()).doesNotContain("openid", "openId", "session_key");
        assertThat(contacts.miniProgramOpenId(accountId)).isPresent();
        Http.Reply again = http.post("/api/v1/auth/me/wechat", Http.json(Map.of("code", code))).bearer(token).send();
        assertThat(again.status()).as("linking the same WeChat twice changes nothing").isEqualTo(200);

        Http.Reply signedIn = http.post("/api/v1/auth/login/wechat", Http.json(Map.of("code", code))).send();
        assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(200);
        assertThat(signedIn.json().path("accountId").asString()).isEqualTo(accountId.toString());
        assertThat(signedIn.json().path("newAccount").asBoolean()).isFalse();

        Http.Reply unlinked = http.delete("/api/v1/auth/me/wechat").bearer(token).send();
        assertThat(unlinked.status()).as(unlinked.body()).isEqualTo(200);
        assertThat(unlinked.json().path("socialProviders")).isEmpty();
        assertThat(contacts.miniProgramOpenId(accountId)).isEmpty();
        Http.Reply twice = http.delete("/api/v1/auth/me/wechat").bearer(token).send();
        assertThat(twice.status()).isEqualTo(404);
        assertThat(twice.json().path("code").asString()).isEqualTo("identity.social-not-linked");
    }

    @Test
    @DisplayName("C1.3 a WeChat or QQ user of another account is refused with 409; the only way to sign in cannot be unlinked")
    void conflicts() {
        String code = "dev-taken-" + UUID.randomUUID();
        Http.Reply weChatOnly = http.post("/api/v1/auth/login/wechat", Http.json(Map.of("code", code))).send();
        assertThat(weChatOnly.status()).as(weChatOnly.body()).isEqualTo(200);
        String weChatToken = weChatOnly.json().path("accessToken").asString();

        String phoneToken = journeys.register(Journeys.newPhone(), "CUSTOMER", false).path("accessToken").asString();
        Http.Reply taken = http.post("/api/v1/auth/me/wechat", Http.json(Map.of("code", code))).bearer(phoneToken).send();
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.contentType()).startsWith("application/problem+json");
        assertThat(taken.json().path("code").asString()).isEqualTo("identity.social-already-bound");
        assertThat(taken.json().path("detail").asString()).contains("已绑定其他账号");

        Http.Reply other = http.post("/api/v1/auth/me/wechat", Http.json(Map.of("code", "dev-other-" + UUID.randomUUID())))
                .bearer(weChatToken).send();
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.json().path("code").asString()).isEqualTo("identity.social-other-linked");

        Http.Reply last = http.delete("/api/v1/auth/me/wechat").bearer(weChatToken).send();
        assertThat(last.status()).isEqualTo(409);
        assertThat(last.json().path("code").asString()).isEqualTo("identity.last-sign-in-method");

        // With QQ linked as well, WeChat may go; QQ is then the last way in.
        Http.Reply qq = http.post("/api/v1/auth/me/qq", Http.json(Map.of("code", "dev-qq-" + UUID.randomUUID(),
                "redirectUri", "https://shangmen.example/qq"))).bearer(weChatToken).send();
        assertThat(qq.status()).as(qq.body()).isEqualTo(200);
        assertThat(http.delete("/api/v1/auth/me/wechat").bearer(weChatToken).send().status()).isEqualTo(200);
        assertThat(http.delete("/api/v1/auth/me/qq").bearer(weChatToken).send().json().path("code").asString())
                .isEqualTo("identity.last-sign-in-method");

        assertThat(http.post("/api/v1/auth/me/wechat", Http.json(Map.of("code", code))).send().status()).isEqualTo(401);
        Http.Reply bad = http.post("/api/v1/auth/me/wechat", Http.json(Map.of("code", "not-a-code"))).bearer(phoneToken).send();
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("code").asString()).isEqualTo("identity.social-code-invalid");
    }
}
