package org.shangmen.app.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The REST contract, served at {@code /v3/api-docs} and in Swagger UI, one group per side of the platform. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    private static final String BEARER = "bearer";

    @Bean
    OpenAPI shangmenOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Shangmen 上门 API")
                        .description("同城预约上门家政服务平台接口。金额以分为单位 (integer fen, CNY);时间为带时区的 ISO-8601;"
                                + "错误为 RFC 9457 application/problem+json,含稳定的 code 字段。")
                        .version("v1")
                        .license(new License().name("Apache-2.0")))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    @Bean
    GroupedOpenApi customerApi() {
        return group("customer", "用户端 Customer", "/api/v1/customer/**");
    }

    @Bean
    GroupedOpenApi workerApi() {
        return group("worker", "师傅端 Worker", "/api/v1/worker/**");
    }

    @Bean
    GroupedOpenApi adminApi() {
        return group("admin", "平台管理端 Admin", "/api/v1/admin/**");
    }

    @Bean
    GroupedOpenApi authApi() {
        return group("auth", "登录注册 Auth", "/api/v1/auth/**");
    }

    @Bean
    GroupedOpenApi publicApi() {
        return group("public", "公开 Public", "/api/v1/public/**");
    }

    private static GroupedOpenApi group(String name, String displayName, String paths) {
        return GroupedOpenApi.builder().group(name).displayName(displayName).pathsToMatch(paths).build();
    }
}
