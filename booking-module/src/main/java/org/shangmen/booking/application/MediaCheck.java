package org.shangmen.booking.application;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.shangmen.kernel.DomainException;

/**
 * Uploaded visit and review media, checked by content: JPEG and PNG photos (at most 8 MB and 40
 * megapixels, checked before decoding) are re-encoded, which drops EXIF and GPS data; MP4 videos (at
 * most 10 MB) are kept as they are. Anything else is refused.
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
        String format = isJpeg(content) ? "jpeg" : isPng(content) ? "png" : null;
        if (format == null) {
            throw DomainException.invalid("booking.media-type-unsupported");
        }
        if (content.length > MAX_PHOTO_BYTES) {
            throw DomainException.invalid("booking.media-too-large", MAX_PHOTO_BYTES / (1024 * 1024));
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw DomainException.invalid("booking.media-type-unsupported");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    throw DomainException.invalid("booking.media-too-large", MAX_PHOTO_BYTES / (1024 * 1024));
                }
                BufferedImage image = reader.read(0);
                BufferedImage plain = image;
                if ("jpeg".equals(format) && image.getColorModel().hasAlpha()) {
                    plain = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
                    plain.getGraphics().drawImage(image, 0, 0, null);
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                if (!ImageIO.write(plain, format, out)) {
                    throw DomainException.invalid("booking.media-type-unsupported");
                }
                return new Clean(out.toByteArray(), "jpeg".equals(format) ? "image/jpeg" : "image/png", "jpeg".equals(format) ? "jpg" : "png");
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainException d) {
                throw d;
            }
            throw DomainException.invalid("booking.media-unreadable");
        }
    }

    static Clean any(byte[] content) {
        if (content != null && content.length > 12 && content[4] == 'f' && content[5] == 't' && content[6] == 'y' && content[7] == 'p') {
            if (content.length > MAX_VIDEO_BYTES) {
                throw DomainException.invalid("booking.media-too-large", MAX_VIDEO_BYTES / (1024 * 1024));
            }
            return new Clean(content, "video/mp4", "mp4");
        }
        return photo(content);
    }

    private static boolean isJpeg(byte[] b) {
        return b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff;
    }

    private static boolean isPng(byte[] b) {
        return b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
    }
}
