package org.shangmen.worker.adapter.out.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.shangmen.worker.adapter.out.image.HeifSample.ascii;
import static org.shangmen.worker.adapter.out.image.HeifSample.concat;
import static org.shangmen.worker.adapter.out.image.HeifSample.indexOf;
import static org.shangmen.worker.adapter.out.image.HeifSample.u16;
import static org.shangmen.worker.adapter.out.image.HeifSample.u32;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.ErrorKind;
import org.shangmen.worker.application.port.out.ImageSanitizer;
import org.shangmen.worker.application.port.out.ImageSanitizer.SanitizedImage;

class ImageIoSanitizerTest {

    private static final byte[] HOME = ascii("secret-home-address");
    /** Latitude 22°32'35.16" as three little-endian RATIONALs, the bytes a GPS IFD carries. */
    private static final byte[] GPS_LATITUDE = rationals(22, 1, 32, 1, 3516, 100);

    private final ImageSanitizer sanitizer = new ImageIoSanitizer();

    // ---- JPEG ----

    @Test
    @DisplayName("W1.2 a JPEG with an EXIF segment holding GPS tags and a comment comes back without EXIF, GPS or comment")
    void jpegLosesExifAndGps() throws IOException {
        byte[] original = jpeg(image(120, 80, Color.ORANGE));
        byte[] upload = withSegments(original, app1Exif(1), comment(HOME));
        assertThat(indexOf(upload, ascii("Exif\0\0"))).isPositive();
        assertThat(indexOf(upload, GPS_LATITUDE)).isPositive();
        assertThat(ImageIO.read(new ByteArrayInputStream(upload))).isNotNull();

        SanitizedImage clean = sanitizer.sanitize(upload);

        assertThat(clean.contentType()).isEqualTo("image/jpeg");
        assertThat(clean.width()).isEqualTo(120);
        assertThat(clean.height()).isEqualTo(80);
        assertThat(indexOf(clean.content(), ascii("Exif"))).isEqualTo(-1);
        assertThat(indexOf(clean.content(), GPS_LATITUDE)).isEqualTo(-1);
        assertThat(indexOf(clean.content(), HOME)).isEqualTo(-1);
        assertThat(markers(clean.content())).doesNotContain(0xE1, 0xFE);
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(clean.content()));
        assertThat(decoded.getWidth()).isEqualTo(120);
        assertThat(close(new Color(decoded.getRGB(60, 40)), Color.ORANGE)).isTrue();
    }

    @Test
    @DisplayName("W1.2 a cleaned JPEG is written at quality 0.9 (luminance DC quantizer 3, where the default 0.75 gives 8)")
    void jpegQuality() throws IOException {
        SanitizedImage clean = sanitizer.sanitize(jpeg(image(64, 64, Color.GRAY)));

        int dqt = indexOf(clean.content(), new byte[] {(byte) 0xFF, (byte) 0xDB});
        assertThat(dqt).isPositive();
        assertThat(clean.content()[dqt + 4] & 0x0F).as("first table's id").isZero();
        assertThat(clean.content()[dqt + 5] & 0xFF).as("DC quantizer").isEqualTo(3);
    }

    @Test
    @DisplayName("W1.2 a JPEG shot sideways (EXIF orientation 6) is turned upright before the orientation tag is dropped")
    void jpegOrientationApplied() throws IOException {
        BufferedImage sideways = image(64, 32, Color.WHITE);
        Graphics2D g = sideways.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 16, 16);
        g.dispose();
        byte[] upload = withSegments(jpeg(sideways), app1Exif(6));

        SanitizedImage clean = sanitizer.sanitize(upload);

        assertThat(clean.width()).isEqualTo(32);
        assertThat(clean.height()).isEqualTo(64);
        BufferedImage upright = ImageIO.read(new ByteArrayInputStream(clean.content()));
        assertThat(upright.getWidth()).isEqualTo(32);
        assertThat(close(new Color(upright.getRGB(24, 8)), Color.RED)).as("top right is red").isTrue();
        assertThat(close(new Color(upright.getRGB(8, 8)), Color.WHITE)).as("top left is white").isTrue();
        assertThat(close(new Color(upright.getRGB(24, 56)), Color.WHITE)).as("bottom right is white").isTrue();
    }

    @Test
    @DisplayName("W1.2 a CMYK JPEG never gives a server error: converted to an RGB JPEG where ImageIO reads CMYK, else worker.upload-type")
    void cmykJpegConvertedOrRefused() throws IOException {
        WritableRaster cmyk = java.awt.image.Raster.createInterleavedRaster(java.awt.image.DataBuffer.TYPE_BYTE,
                48, 48, 4, null);
        int[] pixel = {10, 200, 30, 40};
        for (int y = 0; y < 48; y++) {
            for (int x = 0; x < 48; x++) {
                cmyk.setPixel(x, y, pixel);
            }
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(cmyk, null, null), null);
        } finally {
            writer.dispose();
        }
        byte[] upload = bytes.toByteArray();
        assertThat(JpegHeader.read(upload).width()).isEqualTo(48);
        boolean runtimeReadsCmyk;
        try {
            runtimeReadsCmyk = ImageIO.read(new ByteArrayInputStream(upload)) != null;
        } catch (IOException unsupported) {
            runtimeReadsCmyk = false;
        }

        if (runtimeReadsCmyk) {
            SanitizedImage clean = sanitizer.sanitize(upload);
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(clean.content()));
            assertThat(decoded.getColorModel().getNumComponents()).isEqualTo(3);
            assertThat(decoded.getColorModel().getColorSpace().getType()).isEqualTo(java.awt.color.ColorSpace.TYPE_RGB);
            assertThat(clean.width()).isEqualTo(48);
        } else {
            assertRefused(upload, "worker.upload-type");
        }
    }

    @Test
    @DisplayName("W1.2 a lossless (SOF3) JPEG, which ImageIO does not decode, is refused as worker.upload-type")
    void losslessJpegRefused() {
        byte[] sof3 = concat(new byte[] {(byte) 0xFF, (byte) 0xC3}, u16(11), new byte[] {8}, u16(32), u16(32),
                new byte[] {1, 1, 0x11, 0});
        byte[] sos = concat(new byte[] {(byte) 0xFF, (byte) 0xDA}, u16(8), new byte[] {1, 1, 0, 1, 0, 0});
        byte[] upload = concat(new byte[] {(byte) 0xFF, (byte) 0xD8}, sof3, sos, new byte[64],
                new byte[] {(byte) 0xFF, (byte) 0xD9});

        assertRefused(upload, "worker.upload-type");
    }

    @Test
    @DisplayName("W1.2 a JPEG whose frame header claims 60000×60000 is refused as worker.upload-dimensions before decoding")
    void jpegBombRefusedFromHeader() {
        byte[] sof0 = concat(new byte[] {(byte) 0xFF, (byte) 0xC0}, u16(11), new byte[] {8}, u16(60000), u16(60000),
                new byte[] {1, 1, 0x11, 0});
        // No tables and no scan: decoding would fail as a type error, so a dimensions refusal proves no decoding.
        byte[] upload = concat(new byte[] {(byte) 0xFF, (byte) 0xD8}, sof0, new byte[] {(byte) 0xFF, (byte) 0xD9});

        assertRefused(upload, "worker.upload-dimensions");
    }

    @Test
    @DisplayName("W1.2 a JPEG whose segments run past the end of the file is refused as worker.upload-type")
    void brokenJpegSegmentsRefused() {
        byte[] upload = concat(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1}, u16(5000), new byte[20]);

        assertRefused(upload, "worker.upload-type");
    }

    // ---- PNG ----

    @Test
    @DisplayName("W1.2 a PNG with tEXt and eXIf chunks comes back without them, keeping its pixels and transparency")
    void pngLosesTextAndExif() throws IOException {
        BufferedImage picture = new BufferedImage(40, 30, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 30; y++) {
            for (int x = 0; x < 40; x++) {
                picture.setRGB(x, y, x < 20 ? 0xFF1E90FF : 0x00000000);
            }
        }
        byte[] original = png(picture);
        byte[] upload = withChunksAfterIhdr(original,
                chunk("tEXt", concat(ascii("Comment"), new byte[] {0}, HOME)),
                chunk("eXIf", tiffWithGps(1)));
        assertThat(indexOf(upload, ascii("tEXt"))).isPositive();
        assertThat(ImageIO.read(new ByteArrayInputStream(upload))).isNotNull();

        SanitizedImage clean = sanitizer.sanitize(upload);

        assertThat(clean.contentType()).isEqualTo("image/png");
        assertThat(clean.width()).isEqualTo(40);
        assertThat(clean.height()).isEqualTo(30);
        assertThat(indexOf(clean.content(), ascii("tEXt"))).isEqualTo(-1);
        assertThat(indexOf(clean.content(), ascii("eXIf"))).isEqualTo(-1);
        assertThat(indexOf(clean.content(), HOME)).isEqualTo(-1);
        assertThat(indexOf(clean.content(), GPS_LATITUDE)).isEqualTo(-1);
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(clean.content()));
        assertThat(decoded.getRGB(5, 5)).isEqualTo(0xFF1E90FF);
        assertThat(decoded.getRGB(35, 5) >>> 24).as("alpha").isZero();
    }

    @Test
    @DisplayName("W1.2 a PNG whose header claims 100000×100000 is refused as worker.upload-dimensions without decoding")
    void pngBombRefusedFromHeader() {
        // IHDR only, no image data: a decoder would fail, so the refusal can only come from the header check.
        byte[] upload = concat(ImageFormat.PNG_SIGNATURE, chunk("IHDR", concat(u32(100_000), u32(100_000),
                new byte[] {8, 2, 0, 0, 0})), chunk("IEND", new byte[0]));

        assertRefused(upload, "worker.upload-dimensions");
    }

    @Test
    @DisplayName("W1.2 an 8×8 PNG is too small to read and is refused as worker.upload-dimensions")
    void tinyPngRefused() throws IOException {
        assertRefused(png(image(8, 8, Color.BLUE)), "worker.upload-dimensions");
    }

    @Test
    @DisplayName("W1.2 a PNG with a sound header but undecodable image data is refused as worker.upload-type")
    void corruptPngRefused() {
        byte[] upload = concat(ImageFormat.PNG_SIGNATURE, chunk("IHDR", concat(u32(32), u32(32),
                new byte[] {8, 2, 0, 0, 0})), chunk("IDAT", ascii("this is not zlib data at all")), chunk("IEND", new byte[0]));

        assertRefused(upload, "worker.upload-type");
    }

    // ---- HEIC ----

    @Test
    @DisplayName("W1.2 a HEIC's Exif and XMP items are zeroed in place, its image data kept and its size read from ispe")
    void heicMetadataZeroed() {
        HeifSample sample = new HeifSample();
        byte[] upload = sample.build();

        SanitizedImage clean = sanitizer.sanitize(upload);

        assertThat(clean.contentType()).isEqualTo("image/heic");
        assertThat(clean.width()).isEqualTo(4032);
        assertThat(clean.height()).isEqualTo(3024);
        byte[] out = clean.content();
        assertThat(out).hasSameSizeAs(upload);
        assertThat(Arrays.copyOfRange(out, sample.offsets[0], sample.offsets[0] + HeifSample.IMAGE_DATA.length))
                .isEqualTo(HeifSample.IMAGE_DATA);
        assertThat(Arrays.copyOfRange(out, sample.offsets[1], sample.offsets[1] + HeifSample.EXIF_DATA.length))
                .containsOnly(0);
        assertThat(Arrays.copyOfRange(out, sample.offsets[2], sample.offsets[2] + HeifSample.XMP_DATA.length))
                .containsOnly(0);
        assertThat(indexOf(out, ascii("GPS-22.5431N"))).isEqualTo(-1);
        assertThat(indexOf(out, ascii("secret-xmp"))).isEqualTo(-1);
        assertThat(Arrays.copyOf(out, sample.offsets[0])).as("boxes untouched").isEqualTo(Arrays.copyOf(upload, sample.offsets[0]));
        assertThat(upload).as("the upload itself is not modified").containsSequence(HeifSample.EXIF_DATA);
    }

    @Test
    @DisplayName("W1.2 a HEIC whose XMP item lives in the meta box's idat (iloc construction method 1) has it zeroed too")
    void heicIdatMetadataZeroed() {
        HeifSample sample = new HeifSample();
        sample.xmpInIdat = true;
        byte[] upload = sample.build();
        assertThat(sample.offsets[2]).isPositive().isLessThan(sample.offsets[0]);

        byte[] out = sanitizer.sanitize(upload).content();

        assertThat(Arrays.copyOfRange(out, sample.offsets[2], sample.offsets[2] + HeifSample.XMP_DATA.length))
                .containsOnly(0);
        assertThat(indexOf(out, ascii("GPS-22.5431N"))).isEqualTo(-1);
        assertThat(indexOf(out, HeifSample.IMAGE_DATA)).isEqualTo(sample.offsets[0]);
    }

    @Test
    @DisplayName("W1.2 a HEIC whose ispe claims 100000×100000 is refused as worker.upload-dimensions")
    void heicBombRefused() {
        HeifSample sample = new HeifSample();
        sample.width = 100_000;
        sample.height = 100_000;

        assertRefused(sample.build(), "worker.upload-dimensions");
    }

    @Test
    @DisplayName("W1.2 a HEIC cut off inside its meta box cannot be parsed and is refused as worker.upload-type")
    void truncatedHeicRefused() {
        byte[] full = new HeifSample().build();

        assertRefused(Arrays.copyOf(full, 120), "worker.upload-type");
    }

    @Test
    @DisplayName("W1.2 an AVIF dressed in a mif1 ftyp (primary item av01) is not taken for HEIC: worker.upload-type")
    void avifRefused() {
        HeifSample sample = new HeifSample();
        sample.majorBrand = "mif1";
        sample.primaryType = "av01";

        assertRefused(sample.build(), "worker.upload-type");
    }

    // ---- types and limits ----

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"text", "gif", "pdf", "empty"})
    @DisplayName("W1.2 a text file named .jpg, a GIF, a PDF and an empty upload are refused as worker.upload-type")
    void wrongTypesRefused(String kind) {
        byte[] upload = switch (kind) {
            case "text" -> "This is photo.jpg, honestly. 身份证正面".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            case "gif" -> concat(ascii("GIF89a"), u16(0x2000), u16(0x2000), new byte[32]);
            case "pdf" -> ascii("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF");
            default -> new byte[0];
        };

        assertRefused(upload, "worker.upload-type");
    }

    @Test
    @DisplayName("W1.2 an upload one byte over 8 MB is refused as worker.upload-too-large, whatever it starts with")
    void tooLargeRefused() {
        byte[] upload = new byte[ImageSanitizer.MAX_BYTES + 1];
        upload[0] = (byte) 0xFF;
        upload[1] = (byte) 0xD8;
        upload[2] = (byte) 0xFF;

        assertRefused(upload, "worker.upload-too-large");
    }

    // ---- helpers ----

    private void assertRefused(byte[] upload, String code) {
        DomainException refusal = catchThrowableOfType(DomainException.class, () -> sanitizer.sanitize(upload));
        assertThat(refusal).as("refused").isNotNull();
        assertThat(refusal.kind()).isEqualTo(ErrorKind.INVALID);
        assertThat(refusal.code()).isEqualTo(code);
    }

    private static BufferedImage image(int width, int height, Color colour) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, "jpeg", out)).isTrue();
        return out.toByteArray();
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, "png", out)).isTrue();
        return out.toByteArray();
    }

    private static boolean close(Color actual, Color expected) {
        return Math.abs(actual.getRed() - expected.getRed()) < 40 && Math.abs(actual.getGreen() - expected.getGreen()) < 40
                && Math.abs(actual.getBlue() - expected.getBlue()) < 40;
    }

    /** Inserts marker segments right after SOI. */
    private static byte[] withSegments(byte[] jpeg, byte[]... segments) {
        return concat(Arrays.copyOf(jpeg, 2), concat(segments), Arrays.copyOfRange(jpeg, 2, jpeg.length));
    }

    private static byte[] app1Exif(int orientation) {
        byte[] payload = concat(ascii("Exif"), new byte[] {0, 0}, tiffWithGps(orientation));
        return concat(new byte[] {(byte) 0xFF, (byte) 0xE1}, u16(payload.length + 2), payload);
    }

    private static byte[] comment(byte[] text) {
        return concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, u16(text.length + 2), text);
    }

    /**
     * A little-endian TIFF structure as EXIF carries it: IFD0 with Orientation and a GPSInfo pointer, then a GPS
     * IFD with latitude/longitude references and values (RATIONALs), then an ImageDescription with a home address.
     */
    private static byte[] tiffWithGps(int orientation) {
        ByteBuffer b = ByteBuffer.allocate(256).order(ByteOrder.LITTLE_ENDIAN);
        b.put(ascii("II")).putShort((short) 42).putInt(8);
        // IFD0 at 8: 3 entries -> ends at 8 + 2 + 36 + 4 = 50
        b.putShort((short) 3);
        b.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        b.putShort((short) 0x010E).putShort((short) 2).putInt(HOME.length + 1).putInt(160);
        b.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(50);
        b.putInt(0);
        // GPS IFD at 50: 4 entries -> ends at 50 + 2 + 48 + 4 = 104; rationals at 104 and 128
        b.putShort((short) 4);
        b.putShort((short) 1).putShort((short) 2).putInt(2).put(ascii("N\0\0\0"));
        b.putShort((short) 2).putShort((short) 5).putInt(3).putInt(104);
        b.putShort((short) 3).putShort((short) 2).putInt(2).put(ascii("E\0\0\0"));
        b.putShort((short) 4).putShort((short) 5).putInt(3).putInt(128);
        b.putInt(0);
        b.put(GPS_LATITUDE);
        b.put(rationals(114, 1, 3, 1, 2844, 100));
        b.position(160);
        b.put(HOME).put((byte) 0);
        return Arrays.copyOf(b.array(), b.position());
    }

    private static byte[] rationals(int... parts) {
        ByteBuffer b = ByteBuffer.allocate(parts.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (int part : parts) {
            b.putInt(part);
        }
        return b.array();
    }

    private static byte[] chunk(String type, byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(ascii(type));
        crc.update(data);
        return concat(u32(data.length), ascii(type), data, u32(crc.getValue()));
    }

    /** Inserts chunks after the 8-byte signature and the 25-byte IHDR chunk. */
    private static byte[] withChunksAfterIhdr(byte[] png, byte[]... chunks) {
        return concat(Arrays.copyOf(png, 33), concat(chunks), Arrays.copyOfRange(png, 33, png.length));
    }

    /** The marker bytes of a JPEG's segments before its first scan. */
    private static java.util.List<Integer> markers(byte[] jpeg) {
        java.util.List<Integer> found = new java.util.ArrayList<>();
        int pos = 2;
        while (pos + 4 <= jpeg.length && (jpeg[pos] & 0xFF) == 0xFF) {
            int marker = jpeg[pos + 1] & 0xFF;
            found.add(marker);
            if (marker == 0xDA) {
                break;
            }
            pos += 2 + (((jpeg[pos + 2] & 0xFF) << 8) | (jpeg[pos + 3] & 0xFF));
        }
        return found;
    }
}
