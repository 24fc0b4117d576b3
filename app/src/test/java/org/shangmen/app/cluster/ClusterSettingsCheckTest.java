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
    @DisplayName("clustered, each setting that holds for one instance only is named: memory limits, local streams, embedded database")
    void everyProblemNamed() {
        MockEnvironment env = new MockEnvironment().withProperty("shangmen.cluster.enabled", "true")
                .withProperty("spring.datasource.url", "jdbc:h2:file:./data/shangmen");
        assertThat(ClusterSettingsCheck.problems(env)).hasSize(4);
    }

    @Test
    @DisplayName("clustered with the object store, Redis and PostgreSQL the instance starts; one instance needs none of them")
    void clusteredReadyAndSingleUntouched() {
        MockEnvironment clustered = new MockEnvironment().withProperty("shangmen.cluster.enabled", "true")
                .withProperty("spring.datasource.url", "jdbc:postgresql://db/shangmen").withProperty("shangmen.storage.provider", "s3")
                .withProperty("shangmen.rate-limit.store", "redis").withProperty("shangmen.live.fan-out", "redis");
        assertThat(ClusterSettingsCheck.problems(clustered)).isEmpty();
        assertThat(ClusterSettingsCheck.problems(new MockEnvironment())).isEmpty();
    }
}
