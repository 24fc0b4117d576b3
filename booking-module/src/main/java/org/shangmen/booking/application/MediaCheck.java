package org.shangmen.booking.application;

import org.shangmen.booking.application.port.out.VideoInspection;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Pictures;

/**
 * Uploaded visit and review media, checked by content: JPEG and PNG photos (at most 8 MB and 40
 * megapixels, checked before decoding) are re-encoded, which drops EXIF and GPS data; MP4 videos (at
 * most 10 MB) are kept as they are when the {@link VideoInspection} finds them nothing but a video.
 * Anything else is refused.
 */
final class MediaCheck {

    static final int MAX_PHOTO_BYTES = 8 * 1024 * 1024;
    static final int MAX_VIDEO_BYTES = 10 * 1024 * 1024;
    static final long MAX_PIXELS = 40_000_000L;

    record Clean(byte[] content, String contentType, String extension) {
    }

    private MediaCheck() {
    }

    static Clean photo(byte[] content) {
        if (content == null || content.length == 0) {
            throw DomainException.invalid("booking.media-empty");
        }
        try {
            Pictures.Cleaned cleaned = Pictures.reencode(content, MAX_PHOTO_BYTES, MAX_PIXELS);
            return new Clean(cleaned.content(), cleaned.contentType(), cleaned.extension());
        } catch (Pictures.Refused refused) {
            throw switch (refused.problem()) {
                case NOT_A_PICTURE -> DomainException.invalid("booking.media-type-unsupported");
                case TOO_LARGE -> DomainException.invalid("booking.media-too-large", MAX_PHOTO_BYTES / (1024 * 1024));
                case UNREADABLE -> DomainException.invalid("booking.media-unreadable");
            };
        }
    }

    static Clean any(byte[] content, VideoInspection videos) {
        if (content != null && content.length > 12 && content[4] == 'f' && content[5] == 't' && content[6] == 'y' && content[7] == 'p') {
            if (content.length > MAX_VIDEO_BYTES) {
                throw DomainException.invalid("booking.media-too-large", MAX_VIDEO_BYTES / (1024 * 1024));
            }
            if (!videos.isVideo(content)) {
                throw DomainException.invalid("booking.media-unreadable");
            }
            return new Clean(content, "video/mp4", "mp4");
        }
        return photo(content);
    }
}
