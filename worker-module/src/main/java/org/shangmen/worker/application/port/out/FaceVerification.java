package org.shangmen.worker.application.port.out;

/**
 * Real-person verification (实人认证): does the person in a live photo hold this name and ID number
 * at the national identity database? The photo is sent to the provider and never kept by the platform.
 * Refusals are {@link org.shangmen.kernel.DomainException}s: INVALID {@code worker.face-photo-invalid}
 * (no face, several faces, not live), UNPROCESSABLE {@code worker.face-identity-mismatch} (name and ID
 * number do not match the national record), UNAVAILABLE {@code worker.face-unavailable} (provider down or
 * timing out; nothing is recorded as verified).
 */
public interface FaceVerification {

    /** Passing score (0–100) at or above which the person is taken as the holder of the ID. */
    int PASSING_SCORE = 70;

    FaceMatch verify(String realName, String idNumber, byte[] livePhoto);

    /** The provider's similarity score (0–100) and its request id, for the audit trail. */
    record FaceMatch(int score, String providerRequestId) {
        public boolean passed() {
            return score >= PASSING_SCORE;
        }
    }
}
