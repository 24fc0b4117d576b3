package org.shangmen.worker.adapter.out.face;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class Tc3SignatureTest {

    /** Tencent Cloud's worked example of signature v3 (CVM DescribeInstances, 2019-02-25). */
    static final String EXAMPLE_SECRET_ID = "AKID**********************0123456789EXAMPLE";
    static final String EXAMPLE_SECRET_KEY = "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE";
    static final long EXAMPLE_TIMESTAMP = 1551113065L;
    static final String EXAMPLE_PAYLOAD =
            "{\"Limit\": 1, \"Filters\": [{\"Values\": [\"\\u672a\\u547d\\u540d\"], \"Name\": \"instance-name\"}]}";
    static final String EXAMPLE_AUTHORIZATION = "TC3-HMAC-SHA256 Credential=AKID**********************0123456789EXAMPLE"
            + "/2019-02-25/cvm/tc3_request, SignedHeaders=content-type;host, "
            + "Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168";

    static Map<String, String> exampleHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Host", "cvm.tencentcloudapi.com");
        headers.put("Content-Type", "application/json; charset=utf-8");
        return headers;
    }

    @Test
    @DisplayName("W1.2 the TC3-HMAC-SHA256 signer reproduces Tencent Cloud's documented example byte for byte")
    void documentedExample() {
        String authorization = Tc3Signature.authorization(EXAMPLE_SECRET_ID, EXAMPLE_SECRET_KEY, "cvm", EXAMPLE_TIMESTAMP,
                exampleHeaders(), EXAMPLE_PAYLOAD.getBytes(StandardCharsets.UTF_8));

        assertThat(authorization).isEqualTo(EXAMPLE_AUTHORIZATION);
    }

    @Test
    @DisplayName("W1.2 the TC3 credential scope uses the UTC date of the timestamp, not the local one")
    void utcDate() {
        // 2019-02-25T23:59:59Z is already 2019-02-26 in Beijing.
        String authorization = Tc3Signature.authorization("AKIDtest", "secret", "faceid", 1551139199L,
                exampleHeaders(), new byte[0]);

        assertThat(authorization).contains("Credential=AKIDtest/2019-02-25/faceid/tc3_request");
    }
}
