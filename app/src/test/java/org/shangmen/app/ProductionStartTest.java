package org.shangmen.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.ShangmenApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;

/** The packaged jar started without a profile: production, never the demo with its public keys. */
class ProductionStartTest {

    private static SpringApplicationBuilder withoutProfile() {
        String url = System.getProperty("shangmen.test.db-url",
                "jdbc:h2:mem:prod-start-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        return new SpringApplicationBuilder(ShangmenApplication.class)
                .properties("spring.datasource.url=" + url,
                        "spring.datasource.username=" + System.getProperty("shangmen.test.db-user", "sa"),
                        "logging.level.root=OFF");
    }

    @Test
    @DisplayName("A1.2 without a profile and without secrets the platform refuses to start and names every missing secret")
    void refusesWithoutSecrets() {
        Throwable failure = catchThrowable(() -> withoutProfile().run("--server.port=0").close());

        assertThat(failure).isNotNull();
        assertThat(NestedExceptionUtils.getMostSpecificCause(failure).getMessage())
                .contains("SHANGMEN_TOKEN_SECRET", "SHANGMEN_CRYPTO_KEY_V1", "SHANGMEN_LOOKUP_KEY", "SHANGMEN_STORAGE_LINK_SECRET");
    }

    @Test
    @DisplayName("A1.2 without a profile but with its secrets the platform starts as production, without development outboxes")
    void startsAsProductionWithSecrets() {
        // command-line arguments, like the environment variables of a real start, outrank application.yml
        try (ConfigurableApplicationContext context = withoutProfile().run("--server.port=0",
                "--shangmen.identity.token.secret=cHJvZHVjdGlvbi1zdGFydC10ZXN0LXRva2VuLWtleS0zMi1ieXRlcy1sb25n",
                "--shangmen.crypto.keys.v1=cHJvZC1zdGFydC10ZXN0LWZpZWxkLWtleS0zMmJ5dGU=",
                "--shangmen.crypto.lookup-key=cHJvZC1zdGFydC10ZXN0LWxvb2t1cC1rZXktMzJieXRl",
                "--shangmen.storage.link-secret=production-start-test-link-secret-32-bytes",
                // each outside provider's adapter checks its own credentials (RealProvidersJourneyTest); offline here
                "--shangmen.sms.provider=dev", "--shangmen.mail.provider=dev", "--shangmen.social.provider=dev",
                "--shangmen.face.provider=dev", "--shangmen.billing.channels.wechat-pay=none",
                "--shangmen.billing.channels.alipay=none")) {
            assertThat(context.getEnvironment().getActiveProfiles()).isEmpty();
            assertThat(context.getEnvironment().acceptsProfiles(org.springframework.core.env.Profiles.of("prod"))).isTrue();
            assertThat(context.getEnvironment().acceptsProfiles(org.springframework.core.env.Profiles.of("dev | demo"))).isFalse();
            assertThat(context.containsBean("devOutboxController")).isFalse();
        }
    }
}
