package org.shangmen.booking.adapter.out.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mp4parser.boxes.iso14496.part12.FileTypeBox;
import org.mp4parser.boxes.iso14496.part12.HandlerBox;
import org.mp4parser.boxes.iso14496.part12.MediaBox;
import org.mp4parser.boxes.iso14496.part12.MediaHeaderBox;
import org.mp4parser.boxes.iso14496.part12.MovieBox;
import org.mp4parser.boxes.iso14496.part12.MovieHeaderBox;
import org.mp4parser.boxes.iso14496.part12.TrackBox;
import org.mp4parser.boxes.iso14496.part12.TrackHeaderBox;

/** Visit videos are parsed as MP4 files: a file with an MP4 header and HTML after it is no video. */
class VideoCheckTest {

    private static final IsoVideoInspection VIDEOS = new IsoVideoInspection();

    private static byte[] ftyp() throws IOException {
        return write(new FileTypeBox("isom", 512, List.of("isom", "iso2", "avc1", "mp41")));
    }

    private static byte[] movie(String handlerType) throws IOException {
        Date recorded = new Date(1_764_892_800_000L);
        MovieBox moov = new MovieBox();
        MovieHeaderBox mvhd = new MovieHeaderBox();
        mvhd.setCreationTime(recorded);
        mvhd.setModificationTime(recorded);
        moov.addBox(mvhd);
        TrackBox trak = new TrackBox();
        TrackHeaderBox tkhd = new TrackHeaderBox();
        tkhd.setCreationTime(recorded);
        tkhd.setModificationTime(recorded);
        trak.addBox(tkhd);
        MediaBox mdia = new MediaBox();
        MediaHeaderBox mdhd = new MediaHeaderBox();
        mdhd.setCreationTime(recorded);
        mdhd.setModificationTime(recorded);
        mdia.addBox(mdhd);
        HandlerBox hdlr = new HandlerBox();
        hdlr.setHandlerType(handlerType);
        hdlr.setName("handler");
        mdia.addBox(hdlr);
        trak.addBox(mdia);
        moov.addBox(trak);
        return write(moov);
    }

    private static byte[] write(org.mp4parser.Box box) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WritableByteChannel channel = Channels.newChannel(out);
        box.getBox(channel);
        return out.toByteArray();
    }

    private static byte[] join(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static final byte[] HTML = "<html><body><script>alert(document.cookie)</script></body></html>"
            .getBytes(StandardCharsets.UTF_8);

    @Test
    @DisplayName("W3.1 an MP4 file with a video track is kept as a video")
    void video() throws IOException {
        byte[] video = join(ftyp(), movie("vide"));
        assertThat(VIDEOS.isVideo(video)).isTrue();
    }

    @Test
    @DisplayName("W3.1 an MP4 header followed by HTML is refused, not stored as a video")
    void polyglot() throws IOException {
        assertThat(VIDEOS.isVideo(join(ftyp(), HTML))).isFalse();
        assertThat(VIDEOS.isVideo(join(ftyp(), movie("vide"), HTML))).isFalse();
    }

    @Test
    @DisplayName("W3.1 an MP4 without a video track, or with a box that does not fit the file, is refused")
    void notAVideo() throws IOException {
        assertThat(VIDEOS.isVideo(join(ftyp(), movie("soun")))).isFalse();
        byte[] truncated = java.util.Arrays.copyOf(join(ftyp(), movie("vide")), ftyp().length + 20);
        assertThat(VIDEOS.isVideo(truncated)).isFalse();
    }

}
