package org.shangmen.worker.adapter.out.face;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.ErrorKind;
import org.shangmen.provider.ProviderGuard;
import org.shangmen.provider.ProviderGuards;
import org.shangmen.provider.ProviderHttp;
import org.shangmen.provider.ProviderSettings;
import org.shangmen.worker.application.port.out.FaceVerification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Real-person verification through Tencent Cloud FaceID {@code ImageRecognition} (照片人脸核身, API 3.0,
 * version 2018-03-01): the live photo, name and ID number go to the national identity database and a
 * similarity {@code Sim} (0–100) comes back, rounded into the score. Requests are signed with
 * TC3-HMAC-SHA256 ({@link Tc3Signature}) over content-type, host and X-TC-Action. Each attempt has connect
 * and read timeouts; server errors, network errors and timeouts are tried at most twice more, with a fresh
 * timestamp and signature; a circuit breaker stops calling a provider that keeps failing.
 *
 * <p>Answers: {@code Result} {@code Success} gives the score; {@code -1}, {@code -2}, {@code -3} and {@code -5}
 * (name and ID number do not match, are malformed, or are not in the database) and the equivalent
 * {@code FailedOperation.*} errors are UNPROCESSABLE {@code worker.face-identity-mismatch}; photo problems
 * ({@code -11xx}: no face, several faces, poor quality; {@code FailedOperation.LifePhoto*}, {@code Image*})
 * are INVALID {@code worker.face-photo-invalid}; every other answer ({@code AuthFailure.*},
 * {@code InternalError}, {@code RequestLimitExceeded}, database outages) is UNAVAILABLE
 * {@code worker.face-unavailable}. The provider takes JPEG and PNG up to 3 MB of Base64, so other photos are
 * refused as invalid without a call. Logs carry the provider's codes and request id only: never the name, the
 * ID number, the photo or the credentials.
 */
@Component
@ConditionalOnProperty(prefix = "shangmen.face", name = "provider", havingValue = FaceProperties.TENCENT)
class TencentFaceVerification implements FaceVerification {

    static final String SERVICE = "faceid";
    static final String ACTION = "ImageRecognition";
    static final String VERSION = "2018-03-01";
    static final String CONTENT_TYPE = "application/json; charset=utf-8";
    /** The provider's limit on {@code ImageBase64}. */
    static final int MAX_BASE64_CHARS = 3 * 1024 * 1024;

    private static final Logger log = LoggerFactory.getLogger(TencentFaceVerification.class);
    private static final Set<String> MISMATCH_RESULTS = Set.of("-1", "-2", "-3", "-5");
    private static final Pattern PHOTO_RESULTS = Pattern.compile("-11\\d\\d");
    private static final Set<String> MISMATCH_ERRORS = Set.of(
            "FailedOperation.IdNameMisMatch", "FailedOperation.IdNoExistSystem", "FailedOperation.IdFormatError",
            "FailedOperation.IdPhotoNoExist", "FailedOperation.CompareLowSimilarity", "FailedOperation.CompareFail");
    private static final Set<String> PHOTO_ERRORS = Set.of(
            "FailedOperation.LifePhotoDetectNoFaces", "FailedOperation.LifePhotoDetectFaces",
            "FailedOperation.LifePhotoPoorQuality", "FailedOperation.LifePhotoSizeError",
            "FailedOperation.LifePhotoDetectFake", "FailedOperation.ImageBlur", "FailedOperation.ImageDecodeFailed",
            "FailedOperation.ImageSizeTooLarge", "FailedOperation.EmptyImageError");
    /** The provider's name under {@code shangmen.providers}. */
    static final String PROVIDER = "tencent-faceid";

    private final FaceProperties.Tencent tencent;
    private final URI endpoint;
    private final String host;
    private final RestClient rest;
    private final Clock clock;
    private final ProviderGuard guard;

    @Autowired
    TencentFaceVerification(FaceProperties properties, ObjectProvider<RestClient.Builder> builders, ProviderGuards guards) {
        this(properties, builders.getIfAvailable(RestClient::builder), Clock.systemUTC(), guards);
    }

    TencentFaceVerification(FaceProperties properties, RestClient.Builder builder, Clock clock, Duration retryBackoff) {
        this(properties, builder, clock, ProviderGuards.standalone(ProviderSettings.NONE.withFirstRetryWait(retryBackoff)));
    }

    private TencentFaceVerification(FaceProperties properties, RestClient.Builder builder, Clock clock, ProviderGuards guards) {
        this.tencent = properties.tencent();
        if (!tencent.missing().isEmpty()) {
            throw new IllegalStateException("shangmen.face.provider=tencent needs " + String.join(", ", tencent.missing())
                    + " (environment variables SHANGMEN_FACE_TENCENT_SECRET_ID, SHANGMEN_FACE_TENCENT_SECRET_KEY); "
                    + "or set shangmen.face.provider=dev for the offline development check");
        }
        this.endpoint = URI.create(tencent.endpoint() + "/");
        this.host = hostHeader(endpoint);
        this.clock = Objects.requireNonNull(clock);
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(properties.connectTimeout())
                .build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(properties.readTimeout());
        this.rest = builder.clone().requestFactory(requests).build();
        this.guard = guards.guard(PROVIDER, TencentFaceVerification.class);
    }

    @Override
    public FaceMatch verify(String realName, String idNumber, byte[] livePhoto) {
        Objects.requireNonNull(realName, "realName");
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(livePhoto, "livePhoto");
        PhotoType type = PhotoType.of(livePhoto).orElse(null);
        if (type != PhotoType.JPEG && type != PhotoType.PNG) {
            log.info("Tencent FaceID not called: the photo is {}, not JPEG or PNG", type == null ? "no image" : type);
            throw DomainException.invalid("worker.face-photo-invalid");
        }
        String image = Base64.getEncoder().encodeToString(livePhoto);
        if (image.length() > MAX_BASE64_CHARS) {
            log.info("Tencent FaceID not called: the photo is over the provider's size limit");
            throw DomainException.invalid("worker.face-photo-invalid");
        }
        byte[] payload = ("{\"IdCard\":\"" + jsonEscape(idNumber) + "\",\"Name\":\"" + jsonEscape(realName)
                + "\",\"ImageBase64\":\"" + image + "\"}").getBytes(StandardCharsets.UTF_8);
        return guard.call(() -> verifyOnce(payload), TencentFaceVerification::unavailable);
    }

    private FaceMatch verifyOnce(byte[] payload) {
        long timestamp = clock.instant().getEpochSecond();
        Map<String, String> signed = new LinkedHashMap<>();
        signed.put("content-type", CONTENT_TYPE);
        signed.put("host", host);
        signed.put("x-tc-action", ACTION);
        String authorization = Tc3Signature.authorization(tencent.secretId(), tencent.secretKey(), SERVICE, timestamp,
                signed, payload);
        // Written as raw bytes: a message converter could re-render the Content-Type that was signed.
        ProviderHttp.JsonReply reply = ProviderHttp.json(rest.post()
                .uri(endpoint)
                .header(HttpHeaders.AUTHORIZATION, authorization)
                .header(HttpHeaders.CONTENT_TYPE, CONTENT_TYPE)
                .header("X-TC-Action", ACTION)
                .header("X-TC-Version", VERSION)
                .header("X-TC-Timestamp", Long.toString(timestamp))
                .header("X-TC-Region", tencent.region())
                .accept(MediaType.APPLICATION_JSON)
                .contentLength(payload.length)
                .body(out -> out.write(payload)));
        Map<?, ?> answer = reply.body() == null ? null : asMap(reply.body().get("Response"));
        if (answer == null) {
            log.warn("Tencent FaceID answered HTTP {} without a readable Response", reply.status());
            throw unavailable();
        }
        String requestId = loggable(answer.get("RequestId"));
        Map<?, ?> error = asMap(answer.get("Error"));
        if (error != null) {
            String code = loggable(error.get("Code"));
            log.warn("Tencent FaceID refused the check: HTTP {}, error {}, request {}", reply.status(), code, requestId);
            if (MISMATCH_ERRORS.contains(code)) {
                throw DomainException.rejected("worker.face-identity-mismatch");
            }
            if (PHOTO_ERRORS.contains(code)) {
                throw DomainException.invalid("worker.face-photo-invalid");
            }
            throw unavailable();
        }
        String result = loggable(answer.get("Result"));
        if ("Success".equals(result)) {
            Double similarity = number(answer.get("Sim"));
            if (similarity == null) {
                log.warn("Tencent FaceID answered Success without a similarity, request {}", requestId);
                throw unavailable();
            }
            int score = (int) Math.round(Math.max(0, Math.min(100, similarity)));
            log.info("Tencent FaceID compared the photo, request {}", requestId);
            return new FaceMatch(score, requestId);
        }
        log.info("Tencent FaceID did not verify: result {}, request {}", result, requestId);
        if (MISMATCH_RESULTS.contains(result)) {
            throw DomainException.rejected("worker.face-identity-mismatch");
        }
        if (PHOTO_RESULTS.matcher(result).matches()) {
            throw DomainException.invalid("worker.face-photo-invalid");
        }
        throw unavailable();
    }

    /** The Host header the JDK client sends: the host, with the port unless it is the scheme's default. */
    static String hostHeader(URI uri) {
        int port = uri.getPort();
        boolean https = "https".equalsIgnoreCase(uri.getScheme());
        boolean defaultPort = port == -1 || (https && port == 443) || (!https && port == 80);
        return defaultPort ? uri.getHost() : uri.getHost() + ":" + port;
    }

    private static Map<?, ?> asMap(Object value) {
        return value instanceof Map<?, ?> map ? map : null;
    }

    private static Double number(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof String s) {
            try {
                return Double.parseDouble(s);
            } catch (NumberFormatException notANumber) {
                return null;
            }
        }
        return null;
    }

    private static DomainException unavailable() {
        return new DomainException(ErrorKind.UNAVAILABLE, "worker.face-unavailable");
    }

    private static String jsonEscape(String value) {
        StringBuilder escaped = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> escaped.append("\\\"");
                case '\\' -> escaped.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        escaped.append(String.format("\\u%04x", (int) c));
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    /** A provider-supplied token made safe for one log line: short, no line breaks or markup. */
    private static String loggable(Object value) {
        if (value == null) {
            return "-";
        }
        String safe = value.toString().replaceAll("[^A-Za-z0-9._-]", "?");
        return safe.length() > 64 ? safe.substring(0, 64) : safe;
    }
}
