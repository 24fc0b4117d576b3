package org.shangmen.app.cluster;

import io.lettuce.core.RedisClient;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.shangmen.web.LiveFanOut;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * What lets several instances run against one database: a lock per scheduled job in the database
 * (ShedLock, the {@code shedlock} table, the database's clock), the scheduled resubmission of event
 * publications that a failure or a dead instance left incomplete, the Redis client that the shared rate
 * limits and the live streams' fan-out use when configured, and the refusal to start clustered on
 * settings that only hold for one instance.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class ClusterConfiguration {

    @Bean
    LockProvider schedulerLocks(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }

    @Bean(destroyMethod = "shutdown")
    @ConditionalOnExpression("'${shangmen.rate-limit.store:memory}' == 'redis' or '${shangmen.live.fan-out:local}' == 'redis'")
    RedisClient redisClient(@Value("${shangmen.redis.url:redis://127.0.0.1:6379}") String url) {
        return RedisClient.create(url);
    }

    @Bean
    @ConditionalOnProperty(name = "shangmen.live.fan-out", havingValue = "redis")
    LiveFanOut redisLiveFanOut(RedisClient redis, JsonMapper json) {
        return new RedisLiveFanOut(redis, json);
    }

    @Bean
    @ConditionalOnMissingBean(LiveFanOut.class)
    LiveFanOut localLiveFanOut() {
        return new LocalLiveFanOut();
    }

    @Bean
    static ClusterSettingsCheck clusterSettingsCheck() {
        return new ClusterSettingsCheck();
    }
}
