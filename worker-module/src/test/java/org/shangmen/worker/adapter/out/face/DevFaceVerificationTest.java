package org.shangmen.worker.adapter.out.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.ErrorKind;
import org.shangmen.worker.adapter.CapturedLogs;
import org.shangmen.worker.application.port.out.FaceVerification.FaceMatch;

class DevFaceVerificationTest {

    private static final String NAME = "王小梅";
    private static final String ID_NUMBER = "11010519491231002X";

    private final DevFaceVerification verification = new DevFaceVerification();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"jpeg", "png", "heic"})
    @DisplayName("W1.2 the development face check passes any JPEG, PNG or HEIC photo with score 95 and a dev request id")
    void passesImages(String kind) {
        byte[] photo = photo(kind);
        byte[] before = photo.clone();

        try (CapturedLogs logs = CapturedLogs.of("org.shangmen.worker.adapter.out.face")) {
            FaceMatch match = verification.verify(NAME, ID_NUMBER, photo);

            assertThat(match.score()).isEqualTo(95);
            assertThat(match.passed()).isTrue();
            assertThat(match.providerRequestId()).startsWith("dev-").hasSizeGreaterThan(20);
            assertThat(logs.text()).contains(match.providerRequestId()).doesNotContain(NAME).doesNotContain(ID_NUMBER);
        }
        assertThat(photo).isEqualTo(before);
    }

    @Test
    @DisplayName("W1.2 the development face check refuses the reserved name 测试不符 as worker.face-identity-mismatch")
    void reservedNameMismatches() {
        DomainException refusal = catchThrowableOfType(DomainException.class,
                () -> verification.verify("测试不符", ID_NUMBER, photo("jpeg")));

        assertThat(refusal.kind()).isEqualTo(ErrorKind.UNPROCESSABLE);
        assertThat(refusal.code()).isEqualTo("worker.face-identity-mismatch");
        assertThat(verification.verify("测试不符者", ID_NUMBER, photo("jpeg")).passed()).as("only the exact name").isTrue();
    }

    @Test
    @DisplayName("W1.2 the development face check refuses bytes without an image header as worker.face-photo-invalid")
    void refusesNonImages() {
        DomainException refusal = catchThrowableOfType(DomainException.class,
                () -> verification.verify(NAME, ID_NUMBER, "%PDF-1.7 not a face".getBytes(StandardCharsets.US_ASCII)));

        assertThat(refusal.kind()).isEqualTo(ErrorKind.INVALID);
        assertThat(refusal.code()).isEqualTo("worker.face-photo-invalid");
    }

    @Test
    @DisplayName("W1.2 the development face check keeps no state, so it cannot keep a photo")
    void keepsNoState() {
        assertThat(Arrays.stream(DevFaceVerification.class.getDeclaredFields())
                .filter(field -> !Modifier.isStatic(field.getModifiers()))
                .map(Field::getName)).isEmpty();
    }

    static byte[] photo(String kind) {
        return switch (kind) {
            case "jpeg" -> new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
            case "png" -> new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
            default -> new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c', 0, 0, 0, 0};
        };
    }
}
