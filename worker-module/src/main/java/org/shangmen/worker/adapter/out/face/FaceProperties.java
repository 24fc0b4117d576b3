package org.shangmen.worker.adapter.out.face;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code shangmen.face.*}: who verifies real persons ({@code dev}: an offline stand-in, {@code tencent}:
 * Tencent Cloud FaceID), the provider's credentials and the HTTP timeouts.
 */
@ConfigurationProperties(prefix = "shangmen.face")
record FaceProperties(String provider, Tencent tencent, Duration connectTimeout, Duration readTimeout) {

    static final String DEV = "dev";
    static final String TENCENT = "tencent";

    FaceProperties {
        provider = provider == null || provider.isBlank() ? DEV : provider.strip();
        tencent = tencent == null ? new Tencent(null, null, null, null) : tencent;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(3) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(10) : readTimeout;
    }

    /** {@code shangmen.face.tencent.*}: the CAM API key, the region and the FaceID endpoint. */
    record Tencent(String secretId, String secretKey, String region, String endpoint) {

        static final String DEFAULT_REGION = "ap-guangzhou";
        static final String DEFAULT_ENDPOINT = "https://faceid.tencentcloudapi.com";

        Tencent {
            region = region == null || region.isBlank() ? DEFAULT_REGION : region.strip();
            endpoint = endpoint == null || endpoint.isBlank() ? DEFAULT_ENDPOINT : endpoint.strip();
            while (endpoint.endsWith("/")) {
                endpoint = endpoint.substring(0, endpoint.length() - 1);
            }
        }

        /** The names of the required properties that are not set, empty when the provider can be used. */
        List<String> missing() {
            List<String> missing = new ArrayList<>();
            if (secretId == null || secretId.isBlank()) {
                missing.add("shangmen.face.tencent.secret-id");
            }
            if (secretKey == null || secretKey.isBlank()) {
                missing.add("shangmen.face.tencent.secret-key");
            }
            return missing;
        }

        @Override
        public String toString() {
            return "Tencent[secretId=" + secretId + ", secretKey=" + (secretKey == null || secretKey.isBlank() ? "" : "******")
                    + ", region=" + region + ", endpoint=" + endpoint + "]";
        }
    }
}
