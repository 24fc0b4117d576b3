package org.shangmen.app.cluster;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * {@code shangmen.cluster.enabled=true} says that more than one instance runs against the database. Such
 * an instance refuses to start on a setting that only holds for one: any kind of uploaded file on this machine's
 * disk, file links signed with a secret only this instance knows, rate limits counted in this instance's memory,
 * live notices published only to this instance's streams, or an embedded database.
 */
class ClusterSettingsCheck implements BeanFactoryPostProcessor, EnvironmentAware {

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        List<String> wrong = problems(environment);
        if (!wrong.isEmpty()) {
            throw new IllegalStateException("shangmen.cluster.enabled=true, but " + String.join("; ", wrong)
                    + ". See README.md, \"Running more than one instance\".");
        }
    }

    static List<String> problems(Environment env) {
        List<String> wrong = new ArrayList<>();
        if (!env.getProperty("shangmen.cluster.enabled", Boolean.class, false)) {
            return wrong;
        }
        if (!"s3".equals(env.getProperty("shangmen.storage.provider", "local"))) {
            wrong.add("uploaded files (workers' documents, visit media, message pictures, complaint photos, training videos and "
                    + "homework photos) are kept on this machine's disk: set shangmen.storage.provider=s3 (SHANGMEN_STORAGE_PROVIDER) "
                    + "with shangmen.storage.s3.* (SHANGMEN_STORAGE_S3_ENDPOINT, _BUCKET, _ACCESS_KEY, _SECRET_KEY)");
        }
        if (env.getProperty("shangmen.storage.link-secret", "").isBlank()) {
            wrong.add("links to visit media, message pictures and complaint photos are signed with a secret of this instance only: "
                    + "set shangmen.storage.link-secret (SHANGMEN_STORAGE_LINK_SECRET) to the same value on every instance");
        }
        if (!"redis".equals(env.getProperty("shangmen.rate-limit.store", "memory"))) {
            wrong.add("rate limits are counted in this instance's memory: set shangmen.rate-limit.store=redis (SHANGMEN_RATE_LIMIT_STORE)");
        }
        if (!"redis".equals(env.getProperty("shangmen.live.fan-out", "local"))) {
            wrong.add("live notices reach only this instance's streams: set shangmen.live.fan-out=redis (SHANGMEN_LIVE_FAN_OUT)");
        }
        if (env.getProperty("spring.datasource.url", "").startsWith("jdbc:h2:")) {
            wrong.add("the database is embedded in this instance: set SHANGMEN_DB_URL to the shared PostgreSQL");
        }
        return wrong;
    }
}
