package org.shangmen.booking.adapter.out.media;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Set;
import org.mp4parser.Box;
import org.mp4parser.IsoFile;
import org.mp4parser.boxes.UnknownBox;
import org.mp4parser.boxes.iso14496.part12.FileTypeBox;
import org.mp4parser.boxes.iso14496.part12.HandlerBox;
import org.mp4parser.boxes.iso14496.part12.MovieBox;
import org.mp4parser.boxes.iso14496.part12.TrackBox;
import org.mp4parser.tools.ByteBufferByteChannel;
import org.mp4parser.tools.Path;
import org.shangmen.booking.application.port.out.VideoInspection;
import org.springframework.stereotype.Component;

/** MP4 videos parsed as ISO base media files with mp4parser's isoparser. */
@Component
class IsoVideoInspection implements VideoInspection {

    /** The top-level boxes an MP4 video may have; anything else (such as HTML after the header) is refused. */
    private static final Set<String> TOP_LEVEL = Set.of("ftyp", "moov", "mdat", "free", "skip", "wide", "uuid", "meta",
            "pdin", "moof", "mfra", "styp", "sidx", "udta");

    /**
     * Parses the file as ISO base media: it must be nothing but known top-level boxes that fill it
     * exactly, start with {@code ftyp}, and describe at least one video track. A polyglot (an MP4 header
     * with HTML or a script after it) fails one of these.
     */
    @Override
    public boolean isVideo(byte[] content) {
        if (!topLevelBoxesFit(content)) {
            return false;
        }
        try (IsoFile file = new IsoFile(new ByteBufferByteChannel(ByteBuffer.wrap(content)))) {
            List<Box> boxes = file.getBoxes();
            if (boxes.isEmpty() || !(boxes.getFirst() instanceof FileTypeBox)) {
                return false;
            }
            long filled = 0;
            for (Box box : boxes) {
                if (box instanceof UnknownBox || !TOP_LEVEL.contains(box.getType())) {
                    return false;
                }
                filled += box.getSize();
            }
            MovieBox movie = file.getMovieBox();
            return filled == content.length && movie != null && movie.getBoxes(TrackBox.class).stream()
                    .map(track -> Path.<HandlerBox>getPath(track, "mdia[0]/hdlr[0]"))
                    .anyMatch(handler -> handler != null && "vide".equals(handler.getHandlerType()));
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
    }

    /** Every top-level box header declares a size that ends inside the file, before the parser allocates anything. */
    private static boolean topLevelBoxesFit(byte[] content) {
        ByteBuffer bytes = ByteBuffer.wrap(content);
        long at = 0;
        while (at < content.length) {
            if (content.length - at < 8) {
                return false;
            }
            long size = Integer.toUnsignedLong(bytes.getInt((int) at));
            if (size == 1) {
                if (content.length - at < 16) {
                    return false;
                }
                size = bytes.getLong((int) at + 8);
            } else if (size == 0) {
                size = content.length - at;
            }
            if (size < 8 || size > content.length - at) {
                return false;
            }
            at += size;
        }
        return true;
    }
}
