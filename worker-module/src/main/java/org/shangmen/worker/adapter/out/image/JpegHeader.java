package org.shangmen.worker.adapter.out.image;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * What a JPEG's marker segments say before its first scan: the frame size (from the SOF segment) and the EXIF
 * orientation, read without decoding a single pixel. A file whose segments do not add up gives
 * {@link #read} an {@link IllegalArgumentException}.
 */
record JpegHeader(int width, int height, int orientation) {

    private static final byte[] EXIF_HEADER = {'E', 'x', 'i', 'f', 0, 0};
    private static final int ORIENTATION_TAG = 0x0112;
    private static final int TYPE_SHORT = 3;

    static JpegHeader read(byte[] jpeg) {
        int orientation = 1;
        int pos = 2;
        while (true) {
            if (pos >= jpeg.length || (jpeg[pos] & 0xFF) != 0xFF) {
                throw new IllegalArgumentException("no frame header before the image data");
            }
            while (pos < jpeg.length && (jpeg[pos] & 0xFF) == 0xFF) {
                pos++;
            }
            if (pos >= jpeg.length) {
                throw new IllegalArgumentException("truncated marker");
            }
            int marker = jpeg[pos++] & 0xFF;
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                continue;
            }
            if (marker == 0xD8 || marker == 0xD9 || marker == 0xDA) {
                throw new IllegalArgumentException("no frame header before the image data");
            }
            int length = u16(jpeg, pos);
            if (length < 2 || pos + length > jpeg.length) {
                throw new IllegalArgumentException("segment runs past the end");
            }
            int body = pos + 2;
            int bodyLength = length - 2;
            if (isStartOfFrame(marker)) {
                if (bodyLength < 5) {
                    throw new IllegalArgumentException("short frame header");
                }
                return new JpegHeader(u16(jpeg, body + 3), u16(jpeg, body + 1), orientation);
            }
            if (marker == 0xE1 && orientation == 1) {
                orientation = exifOrientation(jpeg, body, bodyLength);
            }
            pos += length;
        }
    }

    /** SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC). */
    private static boolean isStartOfFrame(int marker) {
        return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    }

    /** The orientation tag (1–8) of IFD0 in an APP1 "Exif" segment; 1 when absent or unreadable. */
    static int exifOrientation(byte[] data, int start, int length) {
        if (length < EXIF_HEADER.length + 8
                || !Arrays.equals(data, start, start + EXIF_HEADER.length, EXIF_HEADER, 0, EXIF_HEADER.length)) {
            return 1;
        }
        int tiff = start + EXIF_HEADER.length;
        int end = start + length;
        String order = new String(data, tiff, 2, StandardCharsets.ISO_8859_1);
        boolean little;
        if ("II".equals(order)) {
            little = true;
        } else if ("MM".equals(order)) {
            little = false;
        } else {
            return 1;
        }
        long ifd = tiff + u32(data, tiff + 4, little);
        if (ifd + 2 > end) {
            return 1;
        }
        int entries = u16(data, (int) ifd, little);
        for (int i = 0; i < entries; i++) {
            int entry = (int) ifd + 2 + i * 12;
            if (entry + 12 > end) {
                return 1;
            }
            if (u16(data, entry, little) == ORIENTATION_TAG && u16(data, entry + 2, little) == TYPE_SHORT) {
                int value = u16(data, entry + 8, little);
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    private static int u16(byte[] b, int at) {
        return u16(b, at, false);
    }

    private static int u16(byte[] b, int at, boolean little) {
        if (at + 2 > b.length) {
            throw new IllegalArgumentException("truncated");
        }
        int hi = b[at] & 0xFF;
        int lo = b[at + 1] & 0xFF;
        return little ? (lo << 8) | hi : (hi << 8) | lo;
    }

    private static long u32(byte[] b, int at, boolean little) {
        long first = u16(b, at, little);
        long second = u16(b, at + 2, little);
        return little ? (second << 16) | first : (first << 16) | second;
    }
}
