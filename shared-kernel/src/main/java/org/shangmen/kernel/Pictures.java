package org.shangmen.kernel;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Pictures people send (visit photos, message pictures): JPEG or PNG by their first bytes, within a byte
 * limit and a pixel limit read from the header before anything is decoded, then decoded and written anew,
 * which leaves EXIF, GPS, XMP and text chunks behind. Each module turns a {@link Refused} into its own error.
 */
public final class Pictures {

    private Pictures() {
    }

    public enum Problem { NOT_A_PICTURE, TOO_LARGE, UNREADABLE }

    /** Why a picture was refused. */
    public static final class Refused extends RuntimeException {
        private final Problem problem;

        Refused(Problem problem) {
            super(problem.name(), null, false, false);
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    /** The picture written anew: its bytes, content type and file extension. */
    public record Cleaned(byte[] content, String contentType, String extension) {
    }

    public static boolean isJpeg(byte[] b) {
        return b != null && b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff;
    }

    public static boolean isPng(byte[] b) {
        return b != null && b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
    }

    /** @throws Refused when it is no JPEG or PNG, too large in bytes or pixels, or does not decode */
    public static Cleaned reencode(byte[] content, int maxBytes, long maxPixels) {
        boolean jpeg = isJpeg(content);
        if (!jpeg && !isPng(content)) {
            throw new Refused(Problem.NOT_A_PICTURE);
        }
        if (content.length > maxBytes) {
            throw new Refused(Problem.TOO_LARGE);
        }
        String format = jpeg ? "jpeg" : "png";
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new Refused(Problem.NOT_A_PICTURE);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > maxPixels) {
                    throw new Refused(Problem.TOO_LARGE);
                }
                BufferedImage image = reader.read(0);
                if (jpeg && image.getColorModel().hasAlpha()) {
                    BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
                    rgb.getGraphics().drawImage(image, 0, 0, null);
                    image = rgb;
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                if (!ImageIO.write(image, format, out)) {
                    throw new Refused(Problem.NOT_A_PICTURE);
                }
                return new Cleaned(out.toByteArray(), jpeg ? "image/jpeg" : "image/png", jpeg ? "jpg" : "png");
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof Refused refused) {
                throw refused;
            }
            throw new Refused(Problem.UNREADABLE);
        }
    }
}
