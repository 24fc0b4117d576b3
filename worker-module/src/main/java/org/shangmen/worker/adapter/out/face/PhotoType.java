package org.shangmen.worker.adapter.out.face;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** The kind of image a live photo is, by its first bytes: JPEG, PNG or HEIC. */
enum PhotoType {

    JPEG, PNG, HEIC;

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final Set<String> HEIC_BRANDS = Set.of("heic", "heix", "mif1", "msf1");

    static Optional<PhotoType> of(byte[] photo) {
        if (photo.length >= 3 && (photo[0] & 0xFF) == 0xFF && (photo[1] & 0xFF) == 0xD8 && (photo[2] & 0xFF) == 0xFF) {
            return Optional.of(JPEG);
        }
        if (photo.length >= PNG_SIGNATURE.length
                && Arrays.equals(photo, 0, PNG_SIGNATURE.length, PNG_SIGNATURE, 0, PNG_SIGNATURE.length)) {
            return Optional.of(PNG);
        }
        if (photo.length >= 12 && "ftyp".equals(new String(photo, 4, 4, StandardCharsets.ISO_8859_1))
                && HEIC_BRANDS.contains(new String(photo, 8, 4, StandardCharsets.ISO_8859_1))) {
            return Optional.of(HEIC);
        }
        return Optional.empty();
    }
}
