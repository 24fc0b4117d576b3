package org.shangmen.app.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The contract check behind every journey: each request the tests send through {@link Http} and the
 * platform's answer are validated against the OpenAPI document the running platform publishes at
 * {@code /v3/api-docs} (fetched once per running platform) with Atlassian's OpenAPI validator.
 *
 * <p>Every answer is checked (status documented, body matching the documented schema, errors as
 * problem+json); a request is checked too when the platform accepted it (2xx), because then the
 * document must describe what a client sent. Differences are written per operation to
 * {@code target/openapi-contract/differences.txt}. With {@code -Dshangmen.contract=report} the journeys
 * go on; by default ({@code fail}) the first difference fails the journey that met it.
 */
public final class ContractCheck {

    private static final boolean FAIL = !"report".equalsIgnoreCase(System.getProperty("shangmen.contract", "fail"));
    private static final Path REPORT = Path.of("target", "openapi-contract", "differences.txt");
    private static final Map<String, OpenApiInteractionValidator> VALIDATORS = new ConcurrentHashMap<>();
    private static final Set<String> REPORTED = ConcurrentHashMap.newKeySet();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ContractCheck() {
    }

    /** Paths the contract covers: the REST API; the development outbox, sandbox and test probes are no part of it. */
    static boolean covers(String path) {
        return path.startsWith("/api/v1/") && !path.startsWith("/api/v1/dev/") && !path.startsWith("/api/v1/public/test-probe")
                // signed file links: short-lived URLs an <image> tag loads, not operations of the API
                && !path.startsWith("/api/v1/files/");
    }

    static void check(String base, String method, String pathAndQuery, Map<String, String> requestHeaders, String requestBody,
            Http.Reply reply) {
        int q = pathAndQuery.indexOf('?');
        String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
        if (!covers(path)) {
            return;
        }
        OpenApiInteractionValidator validator = VALIDATORS.computeIfAbsent(base, ContractCheck::load);
        Request.Method verb = Request.Method.valueOf(method);
        SimpleResponse.Builder response = SimpleResponse.Builder.status(reply.status()).withBody(reply.body());
        reply.headers().forEach(response::withHeader);
        String contentType = requestHeaders.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("Content-Type"))
                .map(Map.Entry::getValue).findFirst().orElse("");
        ValidationReport report;
        // A request is held to the document when the platform accepted it; a multipart form is not (its
        // fields travel in the body, which this client does not take apart).
        if (reply.status() / 100 == 2 && !contentType.startsWith("multipart/")) {
            SimpleRequest.Builder request = new SimpleRequest.Builder(method, path);
            if (q >= 0) {
                for (String pair : pathAndQuery.substring(q + 1).split("&")) {
                    int eq = pair.indexOf('=');
                    String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                    request.withQueryParam(name, eq < 0 ? "" : decode(pair.substring(eq + 1)));
                }
            }
            requestHeaders.forEach(request::withHeader);
            if (requestBody != null) {
                request.withBody(requestBody);
            }
            report = validator.validate(request.build(), response.build());
        } else {
            report = validator.validateResponse(path, verb, response.build());
        }
        if (!report.hasErrors() || unknownPathAnsweredAsSuch(report, reply.status())) {
            return;
        }
        String operation = report.getMessages().stream().flatMap(m -> m.getContext().stream())
                .flatMap(c -> c.getApiOperation().stream()).findFirst()
                .map(o -> o.getMethod() + " " + o.getApiPath().original()).orElse(method + " " + path);
        String differences = report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(m -> "  [" + reply.status() + "] " + m.getKey() + ": "
                        + m.getContext().flatMap(ValidationReport.MessageContext::getPointers).map(p -> p.getInstance() + " ").orElse("")
                        + m.getMessage()
                        + (m.getNestedMessages().isEmpty() ? "" : m.getNestedMessages().stream().map(ValidationReport.Message::getMessage)
                                .collect(Collectors.joining("; ", " (", ")"))))
                .collect(Collectors.joining("\n"));
        String entry = operation + "\n" + differences + "\n";
        if (REPORTED.add(entry)) {
            write(entry);
        }
        if (FAIL) {
            throw new AssertionError("The answer of " + operation + " differs from the published OpenAPI document /v3/api-docs:\n"
                    + differences + "\nbody: " + abbreviate(reply.body()));
        }
    }

    /** A path the API does not have, answered 401, 404 or 405 as problem+json: the right answer, not a difference. */
    private static boolean unknownPathAnsweredAsSuch(ValidationReport report, int status) {
        return (status == 401 || status == 404 || status == 405) && report.getMessages().stream()
                .allMatch(m -> m.getKey().equals("validation.request.path.missing") || m.getKey().equals("validation.request.operation.notAllowed"));
    }

    private static OpenApiInteractionValidator load(String base) {
        try {
            HttpResponse<String> document = CLIENT.send(HttpRequest.newBuilder(URI.create(base + "/v3/api-docs")).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (document.statusCode() != 200) {
                throw new IllegalStateException("/v3/api-docs answered " + document.statusCode());
            }
            return OpenApiInteractionValidator.createForInlineApiSpecification(document.body())
                    .withLevelResolver(LevelResolver.create()
                            // The platform also reads request times without seconds (2026-12-06T10:00+08:00); answers always carry them.
                            .withLevel("validation.request.body.schema.format.date-time", ValidationReport.Level.IGNORE)
                            // The validator reads an array of ids in the query (items=01a2...,01a3...) as JSON numbers.
                            .withLevel("validation.request.parameter.schema.invalidJson", ValidationReport.Level.IGNORE)
                            .build())
                    .build();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static synchronized void write(String entry) {
        try {
            Files.createDirectories(REPORT.getParent());
            Files.writeString(REPORT, entry, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String decode(String s) {
        return java.net.URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String body) {
        return body == null || body.length() <= 600 ? body : body.substring(0, 600) + "…";
    }
}
