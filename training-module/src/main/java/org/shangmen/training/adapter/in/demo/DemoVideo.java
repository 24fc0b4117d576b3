package org.shangmen.training.adapter.in.demo;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A short H.264 video in an MP4 file, made on the spot for the demo courses: 32×32 pixels, one frame a
 * second, each frame a still picture (a tinted background with a bar that moves across it), coded as
 * uncompressed (I_PCM) macroblocks so that no encoder is needed.
 */
final class DemoVideo {

    private static final int WIDTH = 32;
    private static final int HEIGHT = 32;
    private static final int TIMESCALE = 1000;

    private DemoVideo() {
    }

    /** Bits written most significant first, with the Exp-Golomb codes H.264 headers use. */
    private static final class Bits {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private int current;
        private int count;

        void bit(int b) {
            current = (current << 1) | (b & 1);
            if (++count == 8) {
                out.write(current);
                current = 0;
                count = 0;
            }
        }

        void bits(long value, int n) {
            for (int i = n - 1; i >= 0; i--) {
                bit((int) (value >> i) & 1);
            }
        }

        void ue(int value) {
            int code = value + 1;
            int length = 32 - Integer.numberOfLeadingZeros(code);
            bits(0, length - 1);
            bits(code, length);
        }

        void se(int value) {
            ue(value <= 0 ? -2 * value : 2 * value - 1);
        }

        void alignWithZeros() {
            while (count != 0) {
                bit(0);
            }
        }

        void trailing() {
            bit(1);
            alignWithZeros();
        }

        void bytes(byte[] b) {
            for (byte x : b) {
                bits(x & 0xFF, 8);
            }
        }

        byte[] toByteArray() {
            return out.toByteArray();
        }
    }

    /** A NAL unit: its header byte and the payload with emulation prevention bytes inserted. */
    private static byte[] nal(int refIdc, int type, byte[] rbsp) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write((refIdc << 5) | type);
        int zeros = 0;
        for (byte b : rbsp) {
            int v = b & 0xFF;
            if (zeros >= 2 && v <= 3) {
                out.write(3);
                zeros = 0;
            }
            out.write(v);
            zeros = v == 0 ? zeros + 1 : 0;
        }
        return out.toByteArray();
    }

    static byte[] sps() {
        Bits b = new Bits();
        b.bits(66, 8);          // baseline
        b.bits(0xC0, 8);        // constraint_set0, constraint_set1
        b.bits(30, 8);          // level 3.0
        b.ue(0);                // seq_parameter_set_id
        b.ue(0);                // log2_max_frame_num_minus4
        b.ue(2);                // pic_order_cnt_type
        b.ue(1);                // max_num_ref_frames
        b.bit(0);               // gaps_in_frame_num_value_allowed_flag
        b.ue(WIDTH / 16 - 1);
        b.ue(HEIGHT / 16 - 1);
        b.bit(1);               // frame_mbs_only_flag
        b.bit(1);               // direct_8x8_inference_flag
        b.bit(0);               // frame_cropping_flag
        b.bit(0);               // vui_parameters_present_flag
        b.trailing();
        return nal(3, 7, b.toByteArray());
    }

    static byte[] pps() {
        Bits b = new Bits();
        b.ue(0);                // pic_parameter_set_id
        b.ue(0);                // seq_parameter_set_id
        b.bit(0);               // CAVLC
        b.bit(0);               // bottom_field_pic_order_in_frame_present_flag
        b.ue(0);                // num_slice_groups_minus1
        b.ue(0);
        b.ue(0);
        b.bit(0);               // weighted_pred_flag
        b.bits(0, 2);           // weighted_bipred_idc
        b.se(0);                // pic_init_qp_minus26
        b.se(0);                // pic_init_qs_minus26
        b.se(0);                // chroma_qp_index_offset
        b.bit(0);               // deblocking_filter_control_present_flag
        b.bit(0);               // constrained_intra_pred_flag
        b.bit(0);               // redundant_pic_cnt_present_flag
        b.trailing();
        return nal(3, 8, b.toByteArray());
    }

    /** One IDR picture of I_PCM macroblocks: the bar stands at column {@code frame}; {@code cb}/{@code cr} tint it. */
    static byte[] frame(int frame, int cb, int cr) {
        Bits b = new Bits();
        b.ue(0);                // first_mb_in_slice
        b.ue(7);                // slice_type: I, all slices
        b.ue(0);                // pic_parameter_set_id
        b.bits(0, 4);           // frame_num
        b.ue(frame % 2);        // idr_pic_id: differs from the previous IDR
        b.bit(0);               // no_output_of_prior_pics_flag
        b.bit(0);               // long_term_reference_flag
        b.se(0);                // slice_qp_delta
        int bar = frame % WIDTH;
        for (int mby = 0; mby < HEIGHT / 16; mby++) {
            for (int mbx = 0; mbx < WIDTH / 16; mbx++) {
                b.ue(25);       // I_PCM
                b.alignWithZeros();
                byte[] samples = new byte[256 + 128];
                for (int y = 0; y < 16; y++) {
                    for (int x = 0; x < 16; x++) {
                        int px = mbx * 16 + x;
                        int py = mby * 16 + y;
                        int luma = Math.abs(px - bar) <= 1 ? 225 : 60 + (py * 3);
                        samples[y * 16 + x] = (byte) luma;
                    }
                }
                for (int i = 0; i < 64; i++) {
                    samples[256 + i] = (byte) cb;
                    samples[320 + i] = (byte) cr;
                }
                b.bytes(samples);
            }
        }
        b.trailing();
        return nal(3, 5, b.toByteArray());
    }

    /** An MP4 of {@code seconds} one-second frames. */
    static byte[] mp4(int seconds, int cb, int cr) {
        byte[] sps = sps();
        byte[] pps = pps();
        byte[][] samples = new byte[seconds][];
        for (int i = 0; i < seconds; i++) {
            byte[] nal = frame(i, cb, cr);
            Box s = new Box();
            s.u32(nal.length);
            s.raw(nal);
            samples[i] = s.toByteArray();
        }
        byte[] ftyp = box("ftyp", new Box().str("isom").u32(512).str("isom").str("iso2").str("avc1").str("mp41"));
        byte[] moov = moov(seconds, sps, pps, samples, 0);
        int offset = ftyp.length + moov.length + 8;
        moov = moov(seconds, sps, pps, samples, offset);
        Box mdat = new Box();
        for (byte[] s : samples) {
            mdat.raw(s);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ftyp);
        out.writeBytes(moov);
        out.writeBytes(box("mdat", mdat));
        return out.toByteArray();
    }

    private static byte[] moov(int seconds, byte[] sps, byte[] pps, byte[][] samples, int dataOffset) {
        int duration = seconds * TIMESCALE;
        Box mvhd = new Box().u32(0).u32(0).u32(0).u32(TIMESCALE).u32(duration).u32(0x00010000).u16(0x0100).zeros(10).matrix().zeros(24)
                .u32(2);
        Box tkhd = new Box().u32(0x00000003).u32(0).u32(0).u32(1).u32(0).u32(duration).zeros(8).u16(0).u16(0).u16(0).u16(0).matrix()
                .u32(WIDTH << 16).u32(HEIGHT << 16);
        Box mdhd = new Box().u32(0).u32(0).u32(0).u32(TIMESCALE).u32(duration).u16(0x55C4).u16(0);
        Box hdlr = new Box().u32(0).u32(0).str("vide").zeros(12).raw("VideoHandler\0".getBytes(StandardCharsets.US_ASCII));
        Box vmhd = new Box().u32(0x00000001).u16(0).u16(0).u16(0).u16(0);
        Box dref = new Box().u32(0).u32(1).raw(box("url ", new Box().u32(0x00000001)));
        Box avcC = new Box().u8(1).u8(66).u8(0xC0).u8(30).u8(0xFF).u8(0xE1).u16(sps.length).raw(sps).u8(1).u16(pps.length).raw(pps);
        Box avc1 = new Box().zeros(6).u16(1).u16(0).u16(0).zeros(12).u16(WIDTH).u16(HEIGHT).u32(0x00480000).u32(0x00480000).u32(0).u16(1)
                .zeros(32).u16(0x0018).u16(0xFFFF).raw(box("avcC", avcC));
        Box stsd = new Box().u32(0).u32(1).raw(box("avc1", avc1));
        Box stts = new Box().u32(0).u32(1).u32(seconds).u32(TIMESCALE);
        Box stsc = new Box().u32(0).u32(1).u32(1).u32(seconds).u32(1);
        Box stsz = new Box().u32(0).u32(0).u32(seconds);
        for (byte[] s : samples) {
            stsz.u32(s.length);
        }
        Box stco = new Box().u32(0).u32(1).u32(dataOffset);
        byte[] stbl = box("stbl", new Box().raw(box("stsd", stsd)).raw(box("stts", stts)).raw(box("stsc", stsc)).raw(box("stsz", stsz))
                .raw(box("stco", stco)));
        byte[] minf = box("minf", new Box().raw(box("vmhd", vmhd)).raw(box("dinf", new Box().raw(box("dref", dref)))).raw(stbl));
        byte[] mdia = box("mdia", new Box().raw(box("mdhd", mdhd)).raw(box("hdlr", hdlr)).raw(minf));
        byte[] trak = box("trak", new Box().raw(box("tkhd", tkhd)).raw(mdia));
        return box("moov", new Box().raw(box("mvhd", mvhd)).raw(trak));
    }

    private static byte[] box(String type, Box content) {
        byte[] body = content.toByteArray();
        Box b = new Box().u32(body.length + 8).str(type).raw(body);
        return b.toByteArray();
    }

    /** Big-endian fields of an ISO BMFF box. */
    private static final class Box {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Box u8(int v) {
            out.write(v);
            return this;
        }

        Box u16(int v) {
            out.write(v >> 8);
            out.write(v);
            return this;
        }

        Box u32(long v) {
            out.write((int) (v >> 24));
            out.write((int) (v >> 16));
            out.write((int) (v >> 8));
            out.write((int) v);
            return this;
        }

        Box str(String fourCc) {
            out.writeBytes(fourCc.getBytes(StandardCharsets.US_ASCII));
            return this;
        }

        Box zeros(int n) {
            out.writeBytes(new byte[n]);
            return this;
        }

        Box raw(byte[] b) {
            out.writeBytes(b);
            return this;
        }

        /** The identity matrix of a movie or track header. */
        Box matrix() {
            return u32(0x00010000).u32(0).u32(0).u32(0).u32(0x00010000).u32(0).u32(0).u32(0).u32(0x40000000);
        }

        byte[] toByteArray() {
            return out.toByteArray();
        }
    }
}
