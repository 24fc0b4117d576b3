package org.shangmen.app.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.mock.env.MockEnvironment;

class ClusterSettingsCheckTest {

    private static ClusterSettingsCheck check(MockEnvironment env) {
        ClusterSettingsCheck check = new ClusterSettingsCheck();
        check.setEnvironment(env);
        return check;
    }

    @Test
    @DisplayName("an instance started clustered with files on its own disk refuses to start and says what to set")
    void clusteredWithLocalStorageRefused() {
        MockEnvironment env = new MockEnvironment().withProperty("shangmen.cluster.enabled", "true")
                .withProperty("spring.datasource.url", "jdbc:postgresql://db/shangmen")
                .withProperty("shangmen.rate-limit.store", "redis").withProperty("shangmen.live.fan-out", "redis");
        assertThatThrownBy(() -> check(env).postProcessBeanFactory(new DefaultListableBeanFactory()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("shangmen.storage.provider=s3");
    }

    @Test
    @DisplayName("clustered, each setting that holds for one instance only is named: local files, link secret, memory limits, local streams, embedded database")
    void everyProblemNamed() {
        MockEnvironment env = new MockEnvironment().withProperty("shangmen.cluster.enabled", "true")
                .withProperty("spring.datasource.url", "jdbc:h2:file:./data/shangmen");
        assertThat(ClusterSettingsCheck.problems(env)).hasSize(5);
    }

    @Test
    @DisplayName("W1.2 W3.1 W3.2 W4.1 clustered with every kind of file on local disk, the refusal names each kind and the setting and variables to change")
    void clusteredWithLocalFilesNamesEveryKind() {
        MockEnvironment env = new MockEnvironment().withProperty("shangmen.cluster.enabled", "true")
                .withProperty("spring.datasource.url", "jdbc:postgresql://db/shangmen").withProperty("shangmen.storage.provider", "local")
                .withProperty("shangmen.storage.link-secret", "x".repeat(32))
                .withProperty("shangmen.rate-limit.store", "redis").withProperty("shangmen.live.fan-out", "redis");
        assertThat(ClusterSettingsCheck.problems(env)).singleElement().asString()
                .contains("workers' documents", "visit media", "message pictures", "complaint photos", "training videos")
                .contains("shangmen.storage.provider=s3", "SHANGMEN_STORAGE_PROVIDER", "SHANGMEN_STORAGE_S3_ENDPOINT");
    }

    @Test
    @DisplayName("W3.1 clustered with the object store but no shared link secret, the refusal says to set the same secret on every instance")
    void clusteredWithoutSharedLinkSecret() {
        MockEnvironment env = new MockEnvironment().withProperty("shangmen.cluster.enabled", "true")
                .withProperty("spring.datasource.url", "jdbc:postgresql://db/shangmen").withProperty("shangmen.storage.provider", "s3")
                .withProperty("shangmen.rate-limit.store", "redis").withProperty("shangmen.live.fan-out", "redis");
        assertThat(ClusterSettingsCheck.problems(env)).singleElement().asString()
                .contains("shangmen.storage.link-secret", "SHANGMEN_STORAGE_LINK_SECRET", "every instance");
    }

    @Test
    @DisplayName("clustered with the object store, Redis and PostgreSQL the instance starts; one instance needs none of them")
    void clusteredReadyAndSingleUntouched() {
        MockEnvironment clustered = new MockEnvironment().withProperty("shangmen.cluster.enabled", "true")
                .withProperty("spring.datasource.url", "jdbc:postgresql://db/shangmen").withProperty("shangmen.storage.provider", "s3")
                .withProperty("shangmen.storage.link-secret", "x".repeat(32))
                .withProperty("shangmen.rate-limit.store", "redis").withProperty("shangmen.live.fan-out", "redis");
        assertThat(ClusterSettingsCheck.problems(clustered)).isEmpty();
        assertThat(ClusterSettingsCheck.problems(new MockEnvironment())).isEmpty();
    }
}
