package org.shangmen.identity.adapter.out.sms;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code shangmen.sms.*}: which provider sends text messages ({@code dev} keeps them in the development
 * outbox, {@code aliyun} sends them through Alibaba Cloud SMS), its credentials and the HTTP timeouts.
 */
@ConfigurationProperties(prefix = "shangmen.sms")
record SmsProperties(String provider, Aliyun aliyun, Duration connectTimeout, Duration readTimeout) {

    static final String DEV = "dev";
    static final String ALIYUN = "aliyun";
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(3);

    SmsProperties {
        provider = provider == null || provider.isBlank() ? DEV : provider.strip();
        aliyun = aliyun == null ? new Aliyun(null, null, null, null, null) : aliyun;
        connectTimeout = connectTimeout == null ? DEFAULT_TIMEOUT : connectTimeout;
        readTimeout = readTimeout == null ? DEFAULT_TIMEOUT : readTimeout;
    }

    /** {@code shangmen.sms.aliyun.*}: the Alibaba Cloud RAM access key, the approved sign and template. */
    record Aliyun(String accessKeyId, String accessKeySecret, String signName, String templateCode, String endpoint) {

        static final String DEFAULT_ENDPOINT = "https://dysmsapi.aliyuncs.com";

        Aliyun {
            endpoint = endpoint == null || endpoint.isBlank() ? DEFAULT_ENDPOINT : endpoint.strip();
            while (endpoint.endsWith("/")) {
                endpoint = endpoint.substring(0, endpoint.length() - 1);
            }
        }

        /** The names of the required properties that are not set, empty when the provider can be used. */
        List<String> missing() {
            List<String> missing = new ArrayList<>();
            if (isBlank(accessKeyId)) {
                missing.add("shangmen.sms.aliyun.access-key-id");
            }
            if (isBlank(accessKeySecret)) {
                missing.add("shangmen.sms.aliyun.access-key-secret");
            }
            if (isBlank(signName)) {
                missing.add("shangmen.sms.aliyun.sign-name");
            }
            if (isBlank(templateCode)) {
                missing.add("shangmen.sms.aliyun.template-code");
            }
            return missing;
        }

        @Override
        public String toString() {
            return "Aliyun[accessKeyId=" + accessKeyId + ", accessKeySecret=" + (isBlank(accessKeySecret) ? "" : "******")
                    + ", signName=" + signName + ", templateCode=" + templateCode + ", endpoint=" + endpoint + "]";
        }

        private static boolean isBlank(String value) {
            return value == null || value.isBlank();
        }
    }
}
