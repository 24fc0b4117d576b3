package org.shangmen.notification.application;

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
        boolean jpeg = content != null && content.length > 3 && (content[0] & 0xff) == 0xff && (content[1] & 0xff) == 0xd8;
        boolean png = content != null && content.length > 8 && (content[0] & 0xff) == 0x89 && content[1] == 'P' && content[2] == 'N';
        if (!jpeg && !png) {
            throw DomainException.invalid("notification.image-invalid", MAX_BYTES / (1024 * 1024));
        }
        if (content.length > MAX_BYTES) {
            throw DomainException.invalid("notification.image-invalid", MAX_BYTES / (1024 * 1024));
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw DomainException.invalid("notification.image-invalid", MAX_BYTES / (1024 * 1024));
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    throw DomainException.invalid("notification.image-invalid", MAX_BYTES / (1024 * 1024));
                }
                BufferedImage image = reader.read(0);
                if (jpeg && image.getColorModel().hasAlpha()) {
                    BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
                    rgb.getGraphics().drawImage(image, 0, 0, null);
                    image = rgb;
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ImageIO.write(image, jpeg ? "jpeg" : "png", out);
                return new Clean(out.toByteArray(), jpeg ? "image/jpeg" : "image/png");
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainException d) {
                throw d;
            }
            throw DomainException.invalid("notification.image-invalid", MAX_BYTES / (1024 * 1024));
        }
    }
}
