package org.shangmen.worker.adapter.out.image;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Objects;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.shangmen.kernel.DomainException;
import org.shangmen.worker.application.port.out.ImageSanitizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sanitizes uploads with {@code javax.imageio}. The type comes from the magic bytes alone; the byte limit is
 * checked first, then the size the header declares (JPEG SOF, PNG IHDR, HEIC {@code ispe}), so a
 * decompression bomb is refused before a pixel is decoded. JPEG and PNG are decoded and written anew, which
 * leaves EXIF, GPS, XMP, comments and text chunks behind; a JPEG is first turned upright by its EXIF
 * orientation, since that tag goes too. HEIC has no encoder here: its {@code Exif} and {@code mime} (XMP) items
 * are zeroed in place by {@link HeifFile}. Everything stays in memory; no temporary files are written.
 */
@Component
class ImageIoSanitizer implements ImageSanitizer {

    /** The smallest width or height accepted, in pixels. */
    static final int MIN_SIDE = 16;
    static final float JPEG_QUALITY = 0.9f;

    private static final Logger log = LoggerFactory.getLogger(ImageIoSanitizer.class);
    private static final String TYPE = "worker.upload-type";
    private static final String DIMENSIONS = "worker.upload-dimensions";

    @Override
    public SanitizedImage sanitize(byte[] upload) {
        Objects.requireNonNull(upload, "upload");
        if (upload.length > MAX_BYTES) {
            throw DomainException.invalid("worker.upload-too-large");
        }
        ImageFormat format = ImageFormat.detect(upload).orElseThrow(() -> refuse(TYPE, "unknown magic bytes"));
        return switch (format) {
            case JPEG -> jpeg(upload);
            case PNG -> png(upload);
            case HEIC -> heic(upload);
        };
    }

    private SanitizedImage jpeg(byte[] upload) {
        JpegHeader header;
        try {
            header = JpegHeader.read(upload);
        } catch (IllegalArgumentException malformed) {
            throw refuse(TYPE, "JPEG segments do not parse");
        }
        checkSize(header.width(), header.height());
        BufferedImage image = upright(decode(upload, "jpeg", header.width(), header.height()), header.orientation());
        byte[] clean = encode(image, "jpeg");
        return new SanitizedImage(clean, ImageFormat.JPEG.contentType(), image.getWidth(), image.getHeight());
    }

    private SanitizedImage png(byte[] upload) {
        if (upload.length < 33 || readInt(upload, 8) != 13 || readInt(upload, 12) != 0x49484452) {
            throw refuse(TYPE, "PNG does not start with IHDR");
        }
        long width = readInt(upload, 16);
        long height = readInt(upload, 20);
        checkSize(width, height);
        BufferedImage image = decode(upload, "png", width, height);
        byte[] clean = encode(image, "png");
        return new SanitizedImage(clean, ImageFormat.PNG.contentType(), image.getWidth(), image.getHeight());
    }

    private SanitizedImage heic(byte[] upload) {
        HeifFile heif;
        try {
            heif = HeifFile.parse(upload);
        } catch (IllegalArgumentException malformed) {
            throw refuse(TYPE, "HEIF boxes do not parse");
        }
        checkSize(heif.width(), heif.height());
        return new SanitizedImage(heif.withoutMetadata(), ImageFormat.HEIC.contentType(), (int) heif.width(),
                (int) heif.height());
    }

    private static void checkSize(long width, long height) {
        if (width < MIN_SIDE || height < MIN_SIDE) {
            throw refuse(DIMENSIONS, "smaller than " + MIN_SIDE + " pixels a side");
        }
        if (width > MAX_PIXELS / height) {
            throw refuse(DIMENSIONS, "more than " + MAX_PIXELS + " pixels");
        }
    }

    /** Decodes after checking that the decoder reads the same size from the header as the check above did. */
    private static BufferedImage decode(byte[] bytes, String format, long width, long height) {
        ImageReader reader = first(ImageIO.getImageReadersByFormatName(format), format);
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            if (reader.getWidth(0) != width || reader.getHeight(0) != height) {
                throw refuse(TYPE, "decoder disagrees about the size");
            }
            return reader.read(0);
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof DomainException refusal) {
                throw refusal;
            }
            throw refuse(TYPE, format + " not decodable (" + unreadable.getClass().getSimpleName() + ")");
        } finally {
            reader.dispose();
        }
    }

    /** Writes the pixels alone: no metadata is passed to the writer, so none comes out. */
    private static byte[] encode(BufferedImage image, String format) {
        ImageWriter writer = first(ImageIO.getImageWritersByFormatName(format), format);
        BufferedImage writable = image;
        if (!writer.getOriginatingProvider().canEncodeImage(ImageTypeSpecifier.createFromRenderedImage(image))) {
            writable = redraw(image, image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB
                    : BufferedImage.TYPE_INT_RGB, new AffineTransform(), image.getWidth(), image.getHeight());
        }
        ImageWriteParam param = writer.getDefaultWriteParam();
        if ("jpeg".equals(format)) {
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(writable, null, null), param);
        } catch (IOException | RuntimeException failed) {
            throw refuse(TYPE, format + " could not be written (" + failed.getClass().getSimpleName() + ")");
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /**
     * Applies an EXIF orientation (1–8) to the pixels, so the picture looks the same once the tag is gone,
     * and gives an RGB image the JPEG writer takes.
     */
    static BufferedImage upright(BufferedImage image, int orientation) {
        int w = image.getWidth();
        int h = image.getHeight();
        int type = image.getType();
        if (orientation <= 1 && (type == BufferedImage.TYPE_3BYTE_BGR || type == BufferedImage.TYPE_INT_RGB
                || type == BufferedImage.TYPE_BYTE_GRAY)) {
            return image;
        }
        AffineTransform transform = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);
            default -> new AffineTransform();
        };
        boolean turned = orientation >= 5 && orientation <= 8;
        return redraw(image, BufferedImage.TYPE_INT_RGB, transform, turned ? h : w, turned ? w : h);
    }

    private static BufferedImage redraw(BufferedImage image, int type, AffineTransform transform, int width, int height) {
        BufferedImage target = new BufferedImage(width, height, type);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            g.drawImage(image, transform, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private static <T> T first(Iterator<T> candidates, String format) {
        if (!candidates.hasNext()) {
            throw new IllegalStateException("this Java runtime has no ImageIO codec for " + format);
        }
        return candidates.next();
    }

    private static long readInt(byte[] bytes, int at) {
        return ((long) (bytes[at] & 0xFF) << 24) | ((bytes[at + 1] & 0xFF) << 16) | ((bytes[at + 2] & 0xFF) << 8)
                | (bytes[at + 3] & 0xFF);
    }

    private static DomainException refuse(String code, String reason) {
        log.debug("Upload refused as {}: {}", code, reason);
        return DomainException.invalid(code);
    }
}
