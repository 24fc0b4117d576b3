package org.shangmen.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PicturesTest {

    static byte[] picture(String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0xff0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /** The JPEG with an EXIF segment (APP1) carrying a GPS marker right after its start. */
    static byte[] withExif(byte[] jpeg) {
        byte[] payload = "Exif\0\0GPSLatitude=22.5431".getBytes(StandardCharsets.ISO_8859_1);
        int length = payload.length + 2;
        byte[] out = new byte[jpeg.length + 4 + payload.length];
        out[0] = (byte) 0xff;
        out[1] = (byte) 0xd8;
        out[2] = (byte) 0xff;
        out[3] = (byte) 0xe1;
        out[4] = (byte) (length >> 8);
        out[5] = (byte) length;
        System.arraycopy(payload, 0, out, 6, payload.length);
        System.arraycopy(jpeg, 2, out, 6 + payload.length, jpeg.length - 2);
        return out;
    }

    @Test
    @DisplayName("a JPEG is written anew without its EXIF and GPS data; a PNG stays a PNG")
    void reencodes() throws IOException {
        byte[] tagged = withExif(picture("jpeg", 32, 24));
        assertThat(new String(tagged, StandardCharsets.ISO_8859_1)).contains("GPSLatitude");
        Pictures.Cleaned cleaned = Pictures.reencode(tagged, 1 << 20, 10_000);
        assertThat(cleaned.contentType()).isEqualTo("image/jpeg");
        assertThat(cleaned.extension()).isEqualTo("jpg");
        assertThat(new String(cleaned.content(), StandardCharsets.ISO_8859_1)).doesNotContain("GPSLatitude").doesNotContain("Exif");
        assertThat(ImageIO.read(new java.io.ByteArrayInputStream(cleaned.content())).getWidth()).isEqualTo(32);
        Pictures.Cleaned png = Pictures.reencode(picture("png", 16, 16), 1 << 20, 10_000);
        assertThat(png.contentType()).isEqualTo("image/png");
        assertThat(Pictures.isPng(png.content())).isTrue();
    }

    @Test
    @DisplayName("refused: not a picture, too many bytes, too many pixels (before decoding), a broken file")
    void refuses() throws IOException {
        byte[] jpeg = picture("jpeg", 40, 40);
        assertThatThrownBy(() -> Pictures.reencode("GIF89a not allowed".getBytes(StandardCharsets.US_ASCII), 1 << 20, 10_000))
                .isInstanceOfSatisfying(Pictures.Refused.class, r -> assertThat(r.problem()).isEqualTo(Pictures.Problem.NOT_A_PICTURE));
        assertThatThrownBy(() -> Pictures.reencode(null, 1 << 20, 10_000)).isInstanceOf(Pictures.Refused.class);
        assertThatThrownBy(() -> Pictures.reencode(jpeg, jpeg.length - 1, 10_000))
                .isInstanceOfSatisfying(Pictures.Refused.class, r -> assertThat(r.problem()).isEqualTo(Pictures.Problem.TOO_LARGE));
        assertThatThrownBy(() -> Pictures.reencode(jpeg, 1 << 20, 40 * 40 - 1))
                .isInstanceOfSatisfying(Pictures.Refused.class, r -> assertThat(r.problem()).isEqualTo(Pictures.Problem.TOO_LARGE));
        assertThatThrownBy(() -> Pictures.reencode(Arrays.copyOf(jpeg, 20), 1 << 20, 10_000))
                .isInstanceOfSatisfying(Pictures.Refused.class, r -> assertThat(r.problem()).isEqualTo(Pictures.Problem.UNREADABLE));
    }
}
