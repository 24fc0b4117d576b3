package org.shangmen.training.adapter.in.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DemoVideoTest {

    private static String type(ByteBuffer b, int at) {
        byte[] t = new byte[4];
        b.get(at + 4, t);
        return new String(t, StandardCharsets.US_ASCII);
    }

    @Test
    @DisplayName("W4.1 the demo video is an MP4 of ftyp, moov and mdat whose chunk offset points at the first frame's length")
    void wellFormedBoxes() {
        byte[] mp4 = DemoVideo.mp4(30, 110, 140);
        ByteBuffer b = ByteBuffer.wrap(mp4);
        List<String> top = new ArrayList<>();
        int at = 0;
        int mdat = -1;
        while (at < mp4.length) {
            int size = b.getInt(at);
            assertThat(size).isGreaterThanOrEqualTo(8);
            top.add(type(b, at));
            if (type(b, at).equals("mdat")) {
                mdat = at;
            }
            at += size;
        }
        assertThat(at).isEqualTo(mp4.length);
        assertThat(top).containsExactly("ftyp", "moov", "mdat");
        String text = new String(mp4, StandardCharsets.ISO_8859_1);
        int stco = text.indexOf("stco");
        int offset = b.getInt(stco + 4 + 8);
        assertThat(offset).isEqualTo(mdat + 8);
        int firstFrame = b.getInt(offset);
        assertThat(mp4[offset + 4] & 0x1F).as("an IDR slice").isEqualTo(5);
        assertThat(firstFrame).isGreaterThan(4 * 384);
        assertThat(text).contains("avcC").contains("avc1");
        assertThat(DemoVideo.sps()[0] & 0x1F).isEqualTo(7);
        assertThat(DemoVideo.pps()[0] & 0x1F).isEqualTo(8);
    }
}
