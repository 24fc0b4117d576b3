package org.shangmen.identity.adapter.out.sms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.identity.adapter.dev.DevOutbox;
import org.shangmen.identity.application.port.out.SmsSender;
import org.shangmen.provider.ProvidersAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class SmsConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ProvidersAutoConfiguration.class))
            .withBean(DevOutbox.class)
            .withUserConfiguration(SmsConfiguration.class, DevSmsSender.class, AliyunSmsSender.class);

    @Test
    @DisplayName("C1.1 without shangmen.sms.provider the development SMS sender is the only SmsSender")
    void devByDefault() {
        runner.run(context -> assertThat(context).hasSingleBean(SmsSender.class).hasSingleBean(DevSmsSender.class));
        runner.withPropertyValues("shangmen.sms.provider=dev")
                .run(context -> assertThat(context).hasSingleBean(SmsSender.class).hasSingleBean(DevSmsSender.class));
    }

    @Test
    @DisplayName("C1.1 shangmen.sms.provider=aliyun with its properties binds them and makes Aliyun the SmsSender")
    void aliyunWhenConfigured() {
        runner.withPropertyValues("shangmen.sms.provider=aliyun",
                        "shangmen.sms.aliyun.access-key-id=LTAI-test-id",
                        "shangmen.sms.aliyun.access-key-secret=secret",
                        "shangmen.sms.aliyun.sign-name=上门",
                        "shangmen.sms.aliyun.template-code=SMS_123456789",
                        "shangmen.sms.aliyun.endpoint=http://127.0.0.1:9/",
                        "shangmen.sms.read-timeout=5s")
                .run(context -> {
                    assertThat(context).hasSingleBean(SmsSender.class).hasSingleBean(AliyunSmsSender.class);
                    SmsProperties properties = context.getBean(SmsProperties.class);
                    assertThat(properties.aliyun().signName()).isEqualTo("上门");
                    assertThat(properties.aliyun().endpoint()).isEqualTo("http://127.0.0.1:9");
                    assertThat(properties.readTimeout()).hasSeconds(5);
                    assertThat(properties.connectTimeout()).hasSeconds(3);
                });
    }

    @Test
    @DisplayName("C1.1 shangmen.sms.provider=aliyun without its secret and template stops the start-up with a clear message")
    void aliyunIncompleteFailsStartup() {
        runner.withPropertyValues("shangmen.sms.provider=aliyun",
                        "shangmen.sms.aliyun.access-key-id=LTAI-test-id",
                        "shangmen.sms.aliyun.sign-name=上门")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .rootCause()
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("shangmen.sms.aliyun.access-key-secret")
                        .hasMessageContaining("shangmen.sms.aliyun.template-code"));
    }
}
