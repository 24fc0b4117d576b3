package org.shangmen.worker.adapter.out.face;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.worker.application.port.out.FaceVerification;
import org.shangmen.provider.ProvidersAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class FaceConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ProvidersAutoConfiguration.class))
            .withUserConfiguration(FaceConfiguration.class, DevFaceVerification.class, TencentFaceVerification.class);

    @Test
    @DisplayName("W1.2 without shangmen.face.provider, or with dev, the development face check is the only FaceVerification")
    void devByDefault() {
        runner.run(context -> assertThat(context).hasSingleBean(FaceVerification.class)
                .hasSingleBean(DevFaceVerification.class));
        runner.withPropertyValues("shangmen.face.provider=dev").run(context -> assertThat(context)
                .hasSingleBean(FaceVerification.class).hasSingleBean(DevFaceVerification.class));
    }

    @Test
    @DisplayName("W1.2 shangmen.face.provider=tencent with its keys binds them and makes Tencent FaceID the FaceVerification")
    void tencentWhenConfigured() {
        runner.withPropertyValues("shangmen.face.provider=tencent",
                        "shangmen.face.tencent.secret-id=AKIDtest",
                        "shangmen.face.tencent.secret-key=test-secret",
                        "shangmen.face.tencent.endpoint=http://127.0.0.1:9/",
                        "shangmen.face.read-timeout=15s")
                .run(context -> {
                    assertThat(context).hasSingleBean(FaceVerification.class).hasSingleBean(TencentFaceVerification.class);
                    FaceProperties properties = context.getBean(FaceProperties.class);
                    assertThat(properties.tencent().endpoint()).isEqualTo("http://127.0.0.1:9");
                    assertThat(properties.tencent().region()).isEqualTo("ap-guangzhou");
                    assertThat(properties.readTimeout()).hasSeconds(15);
                    assertThat(properties.connectTimeout()).hasSeconds(3);
                });
    }

    @Test
    @DisplayName("W1.2 shangmen.face.provider=tencent without its keys stops the start-up naming them")
    void tencentIncompleteFails() {
        runner.withPropertyValues("shangmen.face.provider=tencent")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("shangmen.face.tencent.secret-id")
                        .hasMessageContaining("shangmen.face.tencent.secret-key"));
    }
}
