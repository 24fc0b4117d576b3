package org.shangmen.notification.application;

import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Pictures;

/**
 * A picture sent in a message: JPEG or PNG by its first bytes, at most 5 MB and 25 megapixels (read
 * from the header before decoding), re-encoded so that EXIF and GPS data never reach the other side.
 */
final class PictureCheck {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final long MAX_PIXELS = 25_000_000L;

    record Clean(byte[] content, String contentType) {
    }

    private PictureCheck() {
    }

    static Clean clean(byte[] content) {
        try {
            Pictures.Cleaned cleaned = Pictures.reencode(content, MAX_BYTES, MAX_PIXELS);
            return new Clean(cleaned.content(), cleaned.contentType());
        } catch (Pictures.Refused refused) {
            throw DomainException.invalid("notification.image-invalid", MAX_BYTES / (1024 * 1024));
        }
    }
}
