package org.shangmen.app.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.List;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
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

    /**
     * Every operation documents the errors the platform answers with: RFC 9457 problem+json with a stable
     * {@code code}, the request id and, for invalid fields, one entry per field. (The handlers live in one
     * advice for the whole platform, so no controller declares them itself.) A 429 says when to retry.
     */
    @Bean
    GlobalOpenApiCustomizer documentedProblems() {
        return openApi -> {
            Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
            openApi.setComponents(components);
            components.addSchemas(FIELD_PROBLEM, new ObjectSchema()
                    .description("一个不合格的字段 / one invalid field")
                    .addProperty("field", new StringSchema().description("字段名,与请求中的名称一致 / the request's field name"))
                    .addProperty("code", new StringSchema().description("机器可读的问题代码 / machine code, when there is one"))
                    .addProperty("message", new StringSchema().description("应当如何填写 / what to send instead"))
                    .required(List.of("field", "message")));
            components.addSchemas(PROBLEM, new ObjectSchema()
                    .description("RFC 9457 problem details")
                    .addProperty("type", new StringSchema().format("uri").description("urn:shangmen:problem:{code}"))
                    .addProperty("title", new StringSchema())
                    .addProperty("status", new IntegerSchema().format("int32"))
                    .addProperty("detail", new StringSchema().description("中文说明,Accept-Language: en 时为英文 / what to do, in the caller's language"))
                    .addProperty("instance", new StringSchema().format("uri-reference"))
                    .addProperty("code", new StringSchema().description("稳定的错误代码,如 booking.slot-taken / stable machine code"))
                    .addProperty("requestId", new StringSchema().description("与响应头 X-Request-Id 相同 / the X-Request-Id header"))
                    .addProperty("errors", new ArraySchema().items(new Schema<>().$ref(REF + FIELD_PROBLEM)))
                    .required(List.of("type", "title", "status", "detail", "code")));
            NullableProperties.elementsNeverNull(openApi);
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((name, path) -> path.readOperations().forEach(operation -> {
                ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
                operation.setResponses(responses);
                ERRORS.forEach((status, description) -> {
                    ApiResponse own = responses.get(status);
                    if (own != null && name.startsWith(PROVIDER_NOTICES) && own.getContent() != null) {
                        // the provider's own failure answer, or the platform's problem when the request never
                        // reached the notice handler (a NUL, a broken form, a body too large)
                        own.getContent().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                new MediaType().schema(new Schema<>().$ref(REF + PROBLEM)));
                    }
                    if (own == null) {
                        ApiResponse response = new ApiResponse().description(description).content(new Content()
                                .addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE, new MediaType().schema(new Schema<>().$ref(REF + PROBLEM))));
                        if (status.equals("429")) {
                            response.addHeaderObject("Retry-After", new Header().description("几秒后再试 / seconds to wait")
                                    .schema(new IntegerSchema()));
                        }
                        responses.addApiResponse(status, response);
                    }
                });
            }));
        };
    }

    private static final String REF = "#/components/schemas/";
    /**
     * Payment providers' notices: answered in each provider's own protocol, documented on the operations; a
     * request refused before it reaches the handler is answered with a problem like any other.
     */
    private static final String PROVIDER_NOTICES = "/api/v1/public/payments/notify/";
    private static final String PROBLEM = "Problem";
    private static final String FIELD_PROBLEM = "FieldProblem";
    private static final Map<String, String> ERRORS = errors();

    private static Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put("400", "请求不合格:缺少或错误的字段、格式 / invalid request");
        errors.put("401", "未登录或令牌已失效 / not signed in or the token expired");
        errors.put("403", "无权访问 / not allowed");
        errors.put("404", "不存在,或不属于当前用户 / not found");
        errors.put("409", "与当前状态冲突 / conflicts with the current state");
        errors.put("413", "上传的内容过大 / too large");
        errors.put("415", "不支持的内容类型 / unsupported content type");
        errors.put("422", "业务规则不允许 / a business rule refuses it");
        errors.put("429", "请求过于频繁 / too many requests");
        return errors;
    }

    /** An operation answering {@code ResponseEntity<Void>} answers 204 No Content (every one of them does), not 200. */
    @Bean
    GlobalOperationCustomizer noContent() {
        return (operation, handler) -> {
            java.lang.reflect.Type returned = handler.getMethod().getGenericReturnType();
            if (returned instanceof java.lang.reflect.ParameterizedType p && p.getRawType() == org.springframework.http.ResponseEntity.class
                    && p.getActualTypeArguments()[0] == Void.class && operation.getResponses() != null
                    && operation.getResponses().containsKey("200") && !operation.getResponses().containsKey("204")) {
                ApiResponse ok = operation.getResponses().remove("200");
                operation.getResponses().addApiResponse("204", new ApiResponse().description(
                        ok.getDescription() == null || ok.getDescription().equals("OK") ? "No Content" : ok.getDescription()));
            }
            return operation;
        };
    }

    /** Object-typed properties admit null, as the answers do (see {@link NullableProperties}). */
    @Bean
    NullableProperties nullableProperties() {
        return new NullableProperties();
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
