package org.shangmen.booking.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.kernel.DomainException;

/** What the visit use case does with what the video inspection says. */
class MediaCheckTest {

    private static final byte[] LOOKS_LIKE_MP4 = "\0\0\0\u0018ftypisom\0\0\u0002\0isomiso2".getBytes(StandardCharsets.ISO_8859_1);

    @Test
    @DisplayName("W3.1 a file that starts like an MP4 is kept as a video only when the inspection finds it one")
    void videoByInspection() {
        assertThat(MediaCheck.any(LOOKS_LIKE_MP4, content -> true).contentType()).isEqualTo("video/mp4");
        DomainException refused = catchThrowableOfType(DomainException.class, () -> MediaCheck.any(LOOKS_LIKE_MP4, content -> false));
        assertThat(refused.code()).isEqualTo("booking.media-unreadable");
    }

    @Test
    @DisplayName("W3.1 anything else must be a picture")
    void otherwiseAPicture() {
        DomainException refused = catchThrowableOfType(DomainException.class,
                () -> MediaCheck.any("<html></html>".getBytes(StandardCharsets.UTF_8), content -> true));
        assertThat(refused.code()).isEqualTo("booking.media-type-unsupported");
    }
}
