package org.shangmen.worker.adapter.out.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.shangmen.storage.StorageProperties;
import org.junit.jupiter.api.Test;
import org.shangmen.worker.application.port.out.DocumentStorage;
import org.shangmen.provider.ProvidersAutoConfiguration;
import org.shangmen.storage.StorageAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class StorageConfigurationTest {

    private static final String SECRET = LocalDiskDocumentStorageTest.SECRET;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ProvidersAutoConfiguration.class, StorageAutoConfiguration.class))
            .withUserConfiguration(StorageConfiguration.class, LocalDiskDocumentStorage.class, S3DocumentStorage.class);

    @Test
    @DisplayName("W1.2 without shangmen.storage.provider documents go to local disk, with the defaults for folder and links")
    void localByDefault() {
        runner.withPropertyValues("shangmen.storage.link-secret=" + SECRET).run(context -> {
            assertThat(context).hasSingleBean(DocumentStorage.class).hasSingleBean(LocalDiskDocumentStorage.class)
                    .hasSingleBean(SignedLinks.class);
            StorageProperties properties = context.getBean(StorageProperties.class);
            assertThat(properties.local().root()).isEqualTo("./data/documents");
            assertThat(properties.publicBaseUrl()).isEqualTo("http://localhost:8080");
            assertThat(properties.toString()).doesNotContain(SECRET);
            assertThat(context.getBean(DocumentStorage.class).signedLink("workers/1/photo", java.time.Duration.ofMinutes(1)))
                    .startsWith("http://localhost:8080/api/v1/files/workers/1/photo?expires=");
        });
    }

    @Test
    @DisplayName("W1.2 local storage without a link secret, or with one under 32 bytes, stops the start-up naming the property")
    void localWithoutSecretFails() {
        runner.run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("shangmen.storage.link-secret")
                .hasMessageContaining("SHANGMEN_STORAGE_LINK_SECRET"));
        runner.withPropertyValues("shangmen.storage.provider=local", "shangmen.storage.link-secret=short-secret")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("shorter than 32 bytes")
                        .hasMessageNotContaining("short-secret"));
    }

    @Test
    @DisplayName("W1.2 shangmen.storage.provider=s3 with its properties makes the S3 store the DocumentStorage, without a local link signer")
    void s3WhenConfigured() {
        runner.withPropertyValues("shangmen.storage.provider=s3",
                        "shangmen.storage.s3.endpoint=http://127.0.0.1:9/",
                        "shangmen.storage.s3.region=cn-shenzhen",
                        "shangmen.storage.s3.bucket=documents",
                        "shangmen.storage.s3.access-key=test-access-key",
                        "shangmen.storage.s3.secret-key=test-secret-key",
                        "shangmen.storage.s3.path-style=false",
                        "shangmen.storage.read-timeout=20s")
                .run(context -> {
                    assertThat(context).hasSingleBean(DocumentStorage.class).hasSingleBean(S3DocumentStorage.class)
                            .doesNotHaveBean(SignedLinks.class);
                    StorageProperties properties = context.getBean(StorageProperties.class);
                    assertThat(properties.s3().endpoint()).isEqualTo("http://127.0.0.1:9");
                    assertThat(properties.s3().pathStyle()).isFalse();
                    assertThat(properties.readTimeout()).hasSeconds(20);
                    assertThat(properties.connectTimeout()).hasSeconds(3);
                    assertThat(properties.toString()).doesNotContain("test-secret-key");
                });
    }

    @Test
    @DisplayName("W1.2 shangmen.storage.provider=s3 without bucket and keys stops the start-up naming what is missing")
    void s3IncompleteFails() {
        runner.withPropertyValues("shangmen.storage.provider=s3", "shangmen.storage.s3.endpoint=http://127.0.0.1:9",
                        "shangmen.storage.s3.secret-key=test-secret-key")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("shangmen.storage.s3.bucket")
                        .hasMessageContaining("shangmen.storage.s3.access-key")
                        .hasMessageNotContaining("shangmen.storage.s3.endpoint")
                        .hasMessageNotContaining("test-secret-key"));
    }

    @Test
    @DisplayName("W1.2 with shangmen.storage.provider=s3 a document goes to the shared bucket under its own key, workers/...")
    void documentsGoToTheSharedBucket() {
        com.github.tomakehurst.wiremock.WireMockServer wiremock = new com.github.tomakehurst.wiremock.WireMockServer(
                com.github.tomakehurst.wiremock.core.WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        wiremock.start();
        try {
            wiremock.stubFor(com.github.tomakehurst.wiremock.client.WireMock.put(
                    com.github.tomakehurst.wiremock.client.WireMock.anyUrl()).willReturn(
                    com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(200)));
            runner.withPropertyValues("shangmen.storage.provider=s3",
                            "shangmen.storage.s3.endpoint=http://127.0.0.1:" + wiremock.port(),
                            "shangmen.storage.s3.bucket=shangmen",
                            "shangmen.storage.s3.access-key=test-access-key",
                            "shangmen.storage.s3.secret-key=test-secret-key")
                    .run(context -> {
                        DocumentStorage documents = context.getBean(DocumentStorage.class);
                        documents.put("workers/7/photo", new byte[] {1, 2}, "image/jpeg");
                        assertThat(java.net.URI.create(documents.signedLink("workers/7/photo", java.time.Duration.ofMinutes(5)))
                                .getPath()).isEqualTo("/shangmen/workers/7/photo");
                    });
            assertThat(wiremock.getAllServeEvents()).singleElement()
                    .satisfies(event -> assertThat(event.getRequest().getUrl()).isEqualTo("/shangmen/workers/7/photo"));
        } finally {
            wiremock.stop();
        }
    }
}
