package org.shangmen.app.config;

import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.shangmen.kernel.FieldCipher;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The keys that encrypt personal data at rest, from configuration (never from the database). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CryptoConfiguration.CryptoProperties.class)
class CryptoConfiguration {

    /**
     * @param keys      key version → base64 of 32 random bytes ({@code openssl rand -base64 32})
     * @param activeKey the version that encrypts new values
     * @param lookupKey base64 of at least 32 random bytes for lookup hashes
     */
    @ConfigurationProperties("shangmen.crypto")
    record CryptoProperties(Map<String, String> keys, String activeKey, String lookupKey) {
    }

    @Bean
    FieldCipher fieldCipher(CryptoProperties properties) {
        if (properties.keys() == null || properties.keys().values().stream().allMatch(v -> v == null || v.isBlank())
                || properties.lookupKey() == null || properties.lookupKey().isBlank()) {
            throw new IllegalStateException("Personal data keys are not configured: set SHANGMEN_CRYPTO_KEY_V1 "
                    + "(openssl rand -base64 32) and SHANGMEN_LOOKUP_KEY (openssl rand -base64 32)");
        }
        Map<String, byte[]> keys = new HashMap<>();
        properties.keys().forEach((version, value) -> {
            if (value != null && !value.isBlank()) {
                keys.put(version, Base64.getDecoder().decode(value.trim()));
            }
        });
        String active = properties.activeKey() == null ? "v1" : properties.activeKey();
        return new FieldCipher(keys, active, Base64.getDecoder().decode(properties.lookupKey().trim()));
    }
}
