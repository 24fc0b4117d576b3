package org.shangmen.worker.adapter.out.image;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/** The accepted image formats, told apart by their first bytes only (never by a name or a declared type). */
enum ImageFormat {

    JPEG("image/jpeg"),
    PNG("image/png"),
    HEIC("image/heic");

    /** PNG's eight-byte signature. */
    static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    /** Major brands of an ISO-BMFF {@code ftyp} box that make a HEIF/HEIC still image or sequence. */
    static final Set<String> HEIC_BRANDS = Set.of("heic", "heix", "mif1", "msf1");

    private final String contentType;

    ImageFormat(String contentType) {
        this.contentType = contentType;
    }

    String contentType() {
        return contentType;
    }

    static Optional<ImageFormat> detect(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            return Optional.of(JPEG);
        }
        if (startsWith(bytes, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (bytes.length >= 12 && "ftyp".equals(ascii(bytes, 4)) && HEIC_BRANDS.contains(ascii(bytes, 8))) {
            return Optional.of(HEIC);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String ascii(byte[] bytes, int offset) {
        return new String(bytes, offset, 4, StandardCharsets.ISO_8859_1);
    }
}
