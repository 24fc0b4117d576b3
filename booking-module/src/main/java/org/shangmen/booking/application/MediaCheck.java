package org.shangmen.booking.application;

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
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Pictures;

/**
 * Uploaded visit and review media, checked by content: JPEG and PNG photos (at most 8 MB and 40
 * megapixels, checked before decoding) are re-encoded, which drops EXIF and GPS data; MP4 videos (at
 * most 10 MB) are parsed as ISO media files and kept as they are when they are nothing but a video.
 * Anything else is refused.
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
        try {
            Pictures.Cleaned cleaned = Pictures.reencode(content, MAX_PHOTO_BYTES, MAX_PIXELS);
            return new Clean(cleaned.content(), cleaned.contentType(), cleaned.extension());
        } catch (Pictures.Refused refused) {
            throw switch (refused.problem()) {
                case NOT_A_PICTURE -> DomainException.invalid("booking.media-type-unsupported");
                case TOO_LARGE -> DomainException.invalid("booking.media-too-large", MAX_PHOTO_BYTES / (1024 * 1024));
                case UNREADABLE -> DomainException.invalid("booking.media-unreadable");
            };
        }
    }

    static Clean any(byte[] content) {
        if (content != null && content.length > 12 && content[4] == 'f' && content[5] == 't' && content[6] == 'y' && content[7] == 'p') {
            if (content.length > MAX_VIDEO_BYTES) {
                throw DomainException.invalid("booking.media-too-large", MAX_VIDEO_BYTES / (1024 * 1024));
            }
            if (!isVideo(content)) {
                throw DomainException.invalid("booking.media-unreadable");
            }
            return new Clean(content, "video/mp4", "mp4");
        }
        return photo(content);
    }

    /** The top-level boxes an MP4 video may have; anything else (such as HTML after the header) is refused. */
    private static final Set<String> TOP_LEVEL = Set.of("ftyp", "moov", "mdat", "free", "skip", "wide", "uuid", "meta",
            "pdin", "moof", "mfra", "styp", "sidx", "udta");

    /**
     * Parses the file as ISO base media: it must be nothing but known top-level boxes that fill it
     * exactly, start with {@code ftyp}, and describe at least one video track. A polyglot (an MP4 header
     * with HTML or a script after it) fails one of these.
     */
    private static boolean isVideo(byte[] content) {
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
