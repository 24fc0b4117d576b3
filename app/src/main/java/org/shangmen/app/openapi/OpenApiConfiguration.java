package org.shangmen.app.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The REST contract, served at {@code /v3/api-docs} and in Swagger UI, one group per side of the platform. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    private static final String BEARER = "bearer";
    private static final String ME = "/api/v1/me/**";

    @Bean
    OpenAPI shangmenOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Shangmen 上门 API")
                        .description("同城预约上门家政服务平台接口。金额以分为单位 (integer fen, CNY);时间为带时区的 ISO-8601;"
                                + "错误为 RFC 9457 application/problem+json,含稳定的 code 字段。")
                        .version("v1")
                        .license(new License().name("Apache-2.0").identifier("Apache-2.0")))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    /**
     * One entry per tag: several controllers of a module share a tag ("订单 Orders"), and a document that
     * lists a tag twice is invalid for validators and client generators. The first description stays.
     */
    @Bean
    GlobalOpenApiCustomizer uniqueTags() {
        return openApi -> {
            if (openApi.getTags() != null) {
                Map<String, Tag> byName = new LinkedHashMap<>();
                openApi.getTags().forEach(tag -> byName.putIfAbsent(tag.getName(), tag));
                openApi.setTags(new ArrayList<>(byName.values()));
            }
        };
    }

    /** Schema names unique across modules (see {@link ModuleSchemaNames}). */
    @Bean
    ModuleSchemaNames moduleSchemaNames() {
        return ModuleSchemaNames.scan();
    }

    // The message centre, notice actions and private messages (/api/v1/me/**) serve every signed-in
    // person, so they are in the group of each side that uses them.
    @Bean
    GroupedOpenApi customerApi() {
        return group("customer", "用户端 Customer", "/api/v1/customer/**", ME);
    }

    @Bean
    GroupedOpenApi workerApi() {
        return group("worker", "师傅端 Worker", "/api/v1/worker/**", ME);
    }

    @Bean
    GroupedOpenApi adminApi() {
        return group("admin", "平台管理端 Admin", "/api/v1/admin/**", ME);
    }

    @Bean
    GroupedOpenApi authApi() {
        return group("auth", "登录注册 Auth", "/api/v1/auth/**");
    }

    @Bean
    GroupedOpenApi publicApi() {
        return group("public", "公开 Public", "/api/v1/public/**");
    }

    private static GroupedOpenApi group(String name, String displayName, String... paths) {
        return GroupedOpenApi.builder().group(name).displayName(displayName).pathsToMatch(paths).build();
    }
}
