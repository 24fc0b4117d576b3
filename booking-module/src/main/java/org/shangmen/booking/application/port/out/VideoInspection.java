package org.shangmen.booking.application.port.out;

/** Tells a real video from a file that only starts like one (W3.1 visit videos). */
public interface VideoInspection {

    /**
     * True when the bytes are an MP4 video and nothing else: a polyglot (an MP4 header with HTML or a
     * script after it) is not a video.
     */
    boolean isVideo(byte[] content);
}
