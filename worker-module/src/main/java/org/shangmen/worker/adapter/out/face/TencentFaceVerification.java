package org.shangmen.worker.adapter.out.face;

import static org.shangmen.provider.ProviderLogs.loggable;

import com.tencentcloudapi.common.CommonClient;
import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import java.net.URI;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import okhttp3.OkHttpClient;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.ErrorKind;
import org.shangmen.provider.ProviderFailure;
import org.shangmen.provider.ProviderGuard;
import org.shangmen.provider.ProviderGuards;
import org.shangmen.provider.ProviderHttp;
import org.shangmen.provider.ProviderSettings;
import org.shangmen.worker.application.port.out.FaceVerification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real-person verification through Tencent Cloud FaceID {@code ImageRecognition} (照片人脸核身, API 3.0,
 * version 2018-03-01): the live photo, name and ID number go to the national identity database and a
 * similarity {@code Sim} (0–100) comes back, rounded into the score. The call goes through Tencent Cloud's
 * official Java SDK ({@code tencentcloud-sdk-java-common}'s {@link CommonClient}), which signs it with
 * TC3-HMAC-SHA256. Each attempt has connect and read timeouts; server errors, network errors and timeouts
 * are tried at most twice more by the provider's guard, whose circuit breaker stops calling a provider that
 * keeps failing.
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
    /** The provider's limit on {@code ImageBase64}. */
    static final int MAX_BASE64_CHARS = 3 * 1024 * 1024;
    /** The provider's name under {@code shangmen.providers}. */
    static final String PROVIDER = "tencent-faceid";

    private static final Logger log = LoggerFactory.getLogger(TencentFaceVerification.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> MISMATCH_RESULTS = Set.of("-1", "-2", "-3", "-5");
    private static final Pattern PHOTO_RESULTS = Pattern.compile("-11\\d\\d");
    private static final Pattern HTTP_STATUS = Pattern.compile("response code is (\\d{3})");
    /** The code the SDK gives an answer whose HTTP status is not 200. */
    private static final String SDK_HTTP_ERROR = "ServerSideError";
    /** The API host the SDK signs for; a configured endpoint elsewhere (a regional proxy, a local fake) gets the same requests. */
    static final String API_HOST = "faceid.tencentcloudapi.com";
    private static final Set<String> MISMATCH_ERRORS = Set.of(
            "FailedOperation.IdNameMisMatch", "FailedOperation.IdNoExistSystem", "FailedOperation.IdFormatError",
            "FailedOperation.IdPhotoNoExist", "FailedOperation.CompareLowSimilarity", "FailedOperation.CompareFail");
    private static final Set<String> PHOTO_ERRORS = Set.of(
            "FailedOperation.LifePhotoDetectNoFaces", "FailedOperation.LifePhotoDetectFaces",
            "FailedOperation.LifePhotoPoorQuality", "FailedOperation.LifePhotoSizeError",
            "FailedOperation.LifePhotoDetectFake", "FailedOperation.ImageBlur", "FailedOperation.ImageDecodeFailed",
            "FailedOperation.ImageSizeTooLarge", "FailedOperation.EmptyImageError");

    private final CommonClient client;
    private final ProviderGuard guard;

    TencentFaceVerification(FaceProperties properties, Duration retryBackoff) {
        this(properties, ProviderGuards.standalone(ProviderSettings.NONE.withFirstRetryWait(retryBackoff)));
    }

    @Autowired
    TencentFaceVerification(FaceProperties properties, ProviderGuards guards) {
        FaceProperties.Tencent tencent = properties.tencent();
        if (!tencent.missing().isEmpty()) {
            throw new IllegalStateException("shangmen.face.provider=tencent needs " + String.join(", ", tencent.missing())
                    + " (environment variables SHANGMEN_FACE_TENCENT_SECRET_ID, SHANGMEN_FACE_TENCENT_SECRET_KEY); "
                    + "or set shangmen.face.provider=dev for the offline development check");
        }
        URI endpoint = URI.create(tencent.endpoint() + "/");
        // The SDK names the signed service after the endpoint's first label, so it always speaks to a
        // faceid host; a configured endpoint that is not one receives the same requests through the client.
        boolean faceidHost = endpoint.getHost().startsWith(SERVICE + ".");
        HttpProfile http = new HttpProfile();
        http.setEndpoint(faceidHost ? hostHeader(endpoint) : API_HOST);
        http.setProtocol(endpoint.getScheme() + "://");
        http.setReqMethod(HttpProfile.REQ_POST);
        // The SDK's timeouts are whole seconds; its client takes ours, to the millisecond.
        OkHttpClient.Builder client = new OkHttpClient.Builder()
                .connectTimeout(properties.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(properties.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .writeTimeout(properties.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .followRedirects(false);
        if (!faceidHost) {
            int port = endpoint.getPort() > 0 ? endpoint.getPort() : "https".equalsIgnoreCase(endpoint.getScheme()) ? 443 : 80;
            client.addInterceptor(chain -> chain.proceed(chain.request().newBuilder()
                    .url(chain.request().url().newBuilder().host(endpoint.getHost()).port(port).build())
                    .build()));
        }
        http.setHttpClient(client.build());
        ClientProfile profile = new ClientProfile();
        profile.setHttpProfile(http);
        profile.setSignMethod(ClientProfile.SIGN_TC3_256);
        this.client = new CommonClient(SERVICE, VERSION, new Credential(tencent.secretId(), tencent.secretKey()),
                tencent.region(), profile);
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
        Map<String, String> request = new LinkedHashMap<>();
        request.put("IdCard", idNumber);
        request.put("Name", realName);
        request.put("ImageBase64", image);
        String payload = JSON.writeValueAsString(request);
        return guard.call(() -> verifyOnce(payload), TencentFaceVerification::unavailable);
    }

    private FaceMatch verifyOnce(String payload) {
        String body;
        try {
            body = client.call(ACTION, payload);
        } catch (TencentCloudSDKException failed) {
            throw classified(failed);
        } catch (RuntimeException failed) {
            if (ProviderHttp.isNetworkOrTimeout(failed)) {
                throw ProviderFailure.ofNetwork(failed);
            }
            throw ProviderFailure.permanent("SDK error (" + failed.getClass().getSimpleName() + ")");
        }
        JsonNode answer;
        try {
            answer = JSON.readTree(body).path("Response");
        } catch (JacksonException unreadable) {
            throw ProviderFailure.permanent("answer is no JSON");
        }
        if (!answer.isObject()) {
            throw ProviderFailure.permanent("answer without a Response");
        }
        String requestId = loggable(answer.path("RequestId").asString(null));
        String result = loggable(answer.path("Result").asString(null));
        if ("Success".equals(result)) {
            JsonNode sim = answer.path("Sim");
            Double similarity = sim.isNumber() ? Double.valueOf(sim.asDouble()) : number(sim.asString(null));
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

    /**
     * The SDK reports everything as one exception type: an {@code Error} in the answer carries its code and
     * request id; a network failure carries its cause; an HTTP status other than 200 is only in the message.
     */
    private static RuntimeException classified(TencentCloudSDKException failed) {
        String code = failed.getErrorCode();
        if (code == null || code.isBlank() || SDK_HTTP_ERROR.equals(code)) {
            if (ProviderHttp.isNetworkOrTimeout(failed)) {
                return ProviderFailure.ofNetwork(failed);
            }
            // "response code is 503, not 200": the status is only in the message.
            var status = HTTP_STATUS.matcher(failed.getMessage() == null ? "" : failed.getMessage());
            return status.find() ? ProviderFailure.ofStatus(Integer.parseInt(status.group(1)))
                    : ProviderFailure.permanent("SDK error without a code");
        }
        String safeCode = loggable(code);
        log.warn("Tencent FaceID refused the check: error {}, request {}", safeCode, loggable(failed.getRequestId()));
        if (MISMATCH_ERRORS.contains(code)) {
            return DomainException.rejected("worker.face-identity-mismatch");
        }
        if (PHOTO_ERRORS.contains(code)) {
            return DomainException.invalid("worker.face-photo-invalid");
        }
        return unavailable();
    }

    /** The host the SDK is pointed at: the host, with the port unless it is the scheme's default. */
    static String hostHeader(URI uri) {
        int port = uri.getPort();
        boolean https = "https".equalsIgnoreCase(uri.getScheme());
        boolean defaultPort = port == -1 || (https && port == 443) || (!https && port == 80);
        return defaultPort ? uri.getHost() : uri.getHost() + ":" + port;
    }

    private static Double number(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static DomainException unavailable() {
        return new DomainException(ErrorKind.UNAVAILABLE, "worker.face-unavailable");
    }
}
