package org.shangmen.worker.application.port.out;

/**
 * Checks an uploaded image by its content, not its name or declared type, and returns a copy without
 * metadata (EXIF, GPS location, XMP, comments). Refusals are {@link org.shangmen.kernel.DomainException}s:
 * INVALID {@code worker.upload-type} (not JPEG, PNG or HEIC by its magic bytes, or not decodable),
 * INVALID {@code worker.upload-too-large} (over the byte limit), INVALID {@code worker.upload-dimensions}
 * (over the pixel limit, or too small to read).
 */
public interface ImageSanitizer {

    /** The largest upload accepted, in bytes. */
    int MAX_BYTES = 8 * 1024 * 1024;
    /** The largest image accepted, in pixels (width × height). */
    long MAX_PIXELS = 40_000_000L;

    SanitizedImage sanitize(byte[] upload);

    /** The cleaned image: its content type (image/jpeg, image/png or image/heic) and size in pixels. */
    record SanitizedImage(byte[] content, String contentType, int width, int height) {
    }
}
