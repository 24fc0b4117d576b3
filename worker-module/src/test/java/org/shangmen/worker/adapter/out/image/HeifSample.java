package org.shangmen.worker.adapter.out.image;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Builds a minimal HEIC-shaped ISO-BMFF file byte by byte: {@code ftyp}, a {@code meta} box (hdlr, pitm, iinf
 * with an image item, an {@code Exif} item and a {@code mime} XMP item, iloc, iprp with ipco/ispe and ipma,
 * optionally idat) and an {@code mdat} holding recognisable bytes for each item.
 */
final class HeifSample {

    static final byte[] IMAGE_DATA = ascii("HEVC-CODED-PIXELS-0123456789-KEEP-ME");
    static final byte[] EXIF_DATA = concat(new byte[] {0, 0, 0, 6}, ascii("Exif"), new byte[] {0, 0},
            ascii("II*"), new byte[] {0}, ascii("GPS-22.5431N-114.0579E-HOME-ADDRESS"));
    static final byte[] XMP_DATA = ascii("<x:xmpmeta><exif:GPSLatitude>22,32.58N</exif:GPSLatitude>secret-xmp</x:xmpmeta>");

    String majorBrand = "heic";
    String primaryType = "hvc1";
    long width = 4032;
    long height = 3024;
    boolean xmpInIdat;

    /** Where the item data ended up in the last built file: [image, exif, xmp] offsets. */
    final int[] offsets = new int[3];

    byte[] build() {
        byte[] ftyp = box("ftyp", concat(ascii(majorBrand), new byte[4], ascii("mif1"), ascii(majorBrand)));
        byte[] meta = meta(0);
        int mdatStart = ftyp.length + meta.length + 8;
        meta = meta(mdatStart);
        byte[] mdatBody = xmpInIdat ? concat(IMAGE_DATA, EXIF_DATA) : concat(IMAGE_DATA, EXIF_DATA, XMP_DATA);
        offsets[0] = mdatStart;
        offsets[1] = mdatStart + IMAGE_DATA.length;
        if (!xmpInIdat) {
            offsets[2] = mdatStart + IMAGE_DATA.length + EXIF_DATA.length;
        }
        byte[] file = concat(ftyp, meta, box("mdat", mdatBody));
        if (xmpInIdat) {
            offsets[2] = indexOf(file, XMP_DATA);
        }
        return file;
    }

    private byte[] meta(int mdatStart) {
        byte[] hdlr = fullBox("hdlr", 0, 0, concat(new byte[4], ascii("pict"), new byte[12], new byte[] {0}));
        byte[] pitm = fullBox("pitm", 0, 0, u16(1));
        byte[] iinf = fullBox("iinf", 0, 0, concat(u16(3),
                fullBox("infe", 2, 0, concat(u16(1), u16(0), ascii(primaryType), new byte[] {0})),
                fullBox("infe", 2, 0, concat(u16(2), u16(0), ascii("Exif"), new byte[] {0})),
                fullBox("infe", 2, 0, concat(u16(3), u16(0), ascii("mime"), new byte[] {0},
                        ascii("application/rdf+xml"), new byte[] {0}))));
        int image = mdatStart;
        int exif = mdatStart + IMAGE_DATA.length;
        int xmp = exif + EXIF_DATA.length;
        byte[] iloc = xmpInIdat
                ? fullBox("iloc", 1, 0, concat(new byte[] {0x44, 0x00}, u16(3),
                        u16(1), u16(0), u16(0), u16(1), u32(image), u32(IMAGE_DATA.length),
                        u16(2), u16(0), u16(0), u16(1), u32(exif), u32(EXIF_DATA.length),
                        u16(3), u16(1), u16(0), u16(1), u32(0), u32(XMP_DATA.length)))
                : fullBox("iloc", 0, 0, concat(new byte[] {0x44, 0x00}, u16(3),
                        u16(1), u16(0), u16(1), u32(image), u32(IMAGE_DATA.length),
                        u16(2), u16(0), u16(1), u32(exif), u32(EXIF_DATA.length),
                        u16(3), u16(0), u16(1), u32(xmp), u32(XMP_DATA.length)));
        byte[] ispe = fullBox("ispe", 0, 0, concat(u32(width), u32(height)));
        byte[] thumbnailIspe = fullBox("ispe", 0, 0, concat(u32(320), u32(240)));
        byte[] ipco = box("ipco", concat(thumbnailIspe, ispe));
        byte[] ipma = fullBox("ipma", 0, 0, concat(u32(1), u16(1), new byte[] {1, (byte) 0x82}));
        byte[] iprp = box("iprp", concat(ipco, ipma));
        byte[] idat = xmpInIdat ? box("idat", XMP_DATA) : new byte[0];
        return fullBox("meta", 0, 0, concat(hdlr, pitm, iinf, iloc, iprp, idat));
    }

    static byte[] box(String type, byte[] body) {
        return concat(u32(8L + body.length), ascii(type), body);
    }

    static byte[] fullBox(String type, int version, int flags, byte[] body) {
        return box(type, concat(new byte[] {(byte) version, (byte) (flags >> 16), (byte) (flags >> 8), (byte) flags}, body));
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] u16(int value) {
        return new byte[] {(byte) (value >> 8), (byte) value};
    }

    static byte[] u32(long value) {
        return ByteBuffer.allocate(4).putInt((int) value).array();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
