package org.shangmen.identity.adapter.out.social;

import java.net.http.HttpClient;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * Binds {@link SocialLoginProperties} and, for {@code shangmen.social.provider=http}, builds the HTTP client
 * the WeChat and QQ calls go through. The client is built from scratch rather than from Boot's shared
 * builder: request URLs carry app secrets and one-time codes, so they must not reach HTTP observations.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SocialLoginProperties.class)
class SocialLoginConfiguration {

    static final String REST_CLIENT = "socialLoginRestClient";

    @Bean(REST_CLIENT)
    @ConditionalOnProperty(name = "shangmen.social.provider", havingValue = SocialLoginProperties.HTTP)
    RestClient socialLoginRestClient(SocialLoginProperties properties) {
        return restClient(properties);
    }

    /** A client with the configured connect timeout and read timeout (time to the answer's headers). */
    static RestClient restClient(SocialLoginProperties properties) {
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(client);
        requests.setReadTimeout(properties.readTimeout());
        return RestClient.builder().requestFactory(requests).build();
    }
}
