package org.shangmen.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.app.support.Http;
import org.shangmen.app.support.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;

/** No page or file the platform serves may run an inline script. */
@PlatformTest
class ContentSecurityPolicyTest {

    @Autowired
    Http http;

    @Test
    @DisplayName("A1.2 the API's answers allow no script at all, inline or loaded")
    void api() {
        String policy = http.get("/api/v1/public/areas/cities").send().header("Content-Security-Policy");
        assertThat(policy).contains("default-src 'none'", "frame-ancestors 'none'").doesNotContain("unsafe-inline", "script-src");
    }

    @Test
    @DisplayName("A1.2 Swagger UI runs with its own scripts only: no inline script is allowed")
    void swaggerUi() {
        Http.Reply page = http.get("/swagger-ui/index.html").send();
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).doesNotContainPattern("<script>[^<]");
        String policy = page.header("Content-Security-Policy");
        assertThat(policy).contains("script-src 'self';");
        assertThat(policy.substring(policy.indexOf("script-src"), policy.indexOf(';', policy.indexOf("script-src"))))
                .doesNotContain("unsafe-inline");
        assertThat(http.get("/swagger-ui/swagger-initializer.js").send().status()).isEqualTo(200);
    }
}
