package org.shangmen.worker.adapter.out.face;

import java.util.Objects;
import java.util.UUID;
import org.shangmen.kernel.DomainException;
import org.shangmen.worker.application.port.out.FaceVerification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Verifies nobody: an offline stand-in so that onboarding works without a provider. Any photo that starts
 * like a JPEG, PNG or HEIC scores {@value #SCORE}; anything else is INVALID {@code worker.face-photo-invalid};
 * the real name {@value #MISMATCH_NAME} is refused as UNPROCESSABLE {@code worker.face-identity-mismatch}, so
 * that journeys can exercise the refusal. The photo is looked at, never kept. The default when
 * {@code shangmen.face.provider} is unset; production sets {@code tencent}.
 */
@Component
@ConditionalOnProperty(prefix = "shangmen.face", name = "provider", havingValue = FaceProperties.DEV, matchIfMissing = true)
class DevFaceVerification implements FaceVerification {

    static final int SCORE = 95;
    static final String MISMATCH_NAME = "测试不符";
    private static final Logger log = LoggerFactory.getLogger(DevFaceVerification.class);

    @Override
    public FaceMatch verify(String realName, String idNumber, byte[] livePhoto) {
        Objects.requireNonNull(realName, "realName");
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(livePhoto, "livePhoto");
        if (PhotoType.of(livePhoto).isEmpty()) {
            log.info("Development face check: the photo is not an image");
            throw DomainException.invalid("worker.face-photo-invalid");
        }
        if (MISMATCH_NAME.equals(realName)) {
            log.info("Development face check: refused the reserved test name");
            throw DomainException.rejected("worker.face-identity-mismatch");
        }
        String requestId = "dev-" + UUID.randomUUID();
        log.info("Development face check passed without calling a provider, request {}", requestId);
        return new FaceMatch(SCORE, requestId);
    }
}
