package org.shangmen.worker.adapter.out.image;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A HEIF/HEIC file (ISO/IEC 23008-12 on the ISO base media file format) read box by box, never decoded. It finds
 * the primary image's size in its {@code ispe} property and the items that carry metadata ({@code Exif} and
 * {@code mime}, which holds XMP): {@link #withoutMetadata()} returns a copy whose bytes of those items are
 * overwritten with zeros, so the file keeps its layout and every offset in it stays right. Anything that does
 * not parse gives {@link #parse} an {@link IllegalArgumentException}.
 */
final class HeifFile {

    /** Item types of coded images that may be a HEIC's primary item; an AVIF's {@code av01} is not one. */
    private static final Set<String> PRIMARY_TYPES = Set.of("hvc1", "grid", "iden", "iovl");
    private static final Set<String> METADATA_TYPES = Set.of("Exif", "mime");

    private final byte[] file;
    private final long width;
    private final long height;
    private final List<long[]> metadataRanges;

    private HeifFile(byte[] file, long width, long height, List<long[]> metadataRanges) {
        this.file = file;
        this.width = width;
        this.height = height;
        this.metadataRanges = metadataRanges;
    }

    long width() {
        return width;
    }

    long height() {
        return height;
    }

    /** Number of metadata extents that {@link #withoutMetadata()} zeroes. */
    int metadataExtents() {
        return metadataRanges.size();
    }

    byte[] withoutMetadata() {
        byte[] copy = file.clone();
        for (long[] range : metadataRanges) {
            Arrays.fill(copy, (int) range[0], (int) range[1], (byte) 0);
        }
        return copy;
    }

    static HeifFile parse(byte[] file) {
        List<Box> top = Box.children(file, 0, file.length);
        if (top.isEmpty() || !"ftyp".equals(top.getFirst().type())) {
            throw new IllegalArgumentException("not an ISO-BMFF file");
        }
        List<Box> metas = top.stream().filter(b -> "meta".equals(b.type())).toList();
        if (metas.size() != 1) {
            throw new IllegalArgumentException("expected one meta box");
        }
        Box meta = metas.getFirst();
        List<Box> parts = Box.children(file, meta.body() + 4, meta.end());

        Box hdlr = only(parts, "hdlr");
        Cursor handler = new Cursor(file, hdlr.body(), hdlr.end());
        handler.skip(8);
        if (!"pict".equals(handler.fourcc())) {
            throw new IllegalArgumentException("not an image");
        }

        Box pitmBox = only(parts, "pitm");
        Cursor pitm = new Cursor(file, pitmBox.body(), pitmBox.end());
        long primary = pitm.u8() == 0 ? skipFlags(pitm).u16() : skipFlags(pitm).u32();

        Map<Long, String> itemTypes = itemTypes(file, only(parts, "iinf"));
        if (!PRIMARY_TYPES.contains(itemTypes.get(primary))) {
            throw new IllegalArgumentException("primary item is not a HEVC image");
        }
        long[] size = primarySize(file, only(parts, "iprp"), primary);

        Map<Long, Location> locations = locations(file, only(parts, "iloc"));
        Box idat = optional(parts, "idat");
        List<long[]> ranges = new ArrayList<>();
        for (Map.Entry<Long, String> item : itemTypes.entrySet()) {
            boolean metadata = item.getValue() == null || METADATA_TYPES.contains(item.getValue());
            Location location = locations.get(item.getKey());
            if (!metadata || item.getKey() == primary || location == null) {
                continue;
            }
            ranges.addAll(location.ranges(file.length, idat));
        }
        return new HeifFile(file, size[0], size[1], List.copyOf(ranges));
    }

    /** Item id to item type ({@code null} for version 0 and 1 entries, which are MIME-typed metadata). */
    private static Map<Long, String> itemTypes(byte[] file, Box iinf) {
        Cursor c = new Cursor(file, iinf.body(), iinf.end());
        int version = c.u8();
        c.skip(3);
        long count = version == 0 ? c.u16() : c.u32();
        Map<Long, String> types = new HashMap<>();
        for (Box infe : Box.children(file, c.position(), iinf.end())) {
            if (!"infe".equals(infe.type())) {
                continue;
            }
            Cursor e = new Cursor(file, infe.body(), infe.end());
            int infeVersion = e.u8();
            e.skip(3);
            long id;
            String type;
            if (infeVersion >= 2) {
                id = infeVersion == 2 ? e.u16() : e.u32();
                e.skip(2);
                type = e.fourcc();
            } else {
                id = e.u16();
                type = null;
            }
            if (types.containsKey(id)) {
                throw new IllegalArgumentException("item listed twice");
            }
            types.put(id, type);
        }
        if (types.size() != count) {
            throw new IllegalArgumentException("item count does not match");
        }
        return types;
    }

    /** Width and height of the {@code ispe} property associated with the primary item. */
    private static long[] primarySize(byte[] file, Box iprp, long primary) {
        List<Box> children = Box.children(file, iprp.body(), iprp.end());
        Box ipco = only(children, "ipco");
        List<Box> properties = Box.children(file, ipco.body(), ipco.end());
        for (Box ipma : children.stream().filter(b -> "ipma".equals(b.type())).toList()) {
            Cursor c = new Cursor(file, ipma.body(), ipma.end());
            int version = c.u8();
            int flags = (int) c.uN(3);
            long entries = c.u32();
            for (long i = 0; i < entries; i++) {
                long item = version < 1 ? c.u16() : c.u32();
                int associations = c.u8();
                for (int a = 0; a < associations; a++) {
                    int index = (flags & 1) != 0 ? c.u16() & 0x7FFF : c.u8() & 0x7F;
                    if (item != primary || index == 0) {
                        continue;
                    }
                    if (index > properties.size()) {
                        throw new IllegalArgumentException("property index out of range");
                    }
                    Box property = properties.get(index - 1);
                    if ("ispe".equals(property.type())) {
                        Cursor ispe = new Cursor(file, property.body(), property.end());
                        ispe.skip(4);
                        return new long[] {ispe.u32(), ispe.u32()};
                    }
                }
            }
        }
        throw new IllegalArgumentException("primary item has no size");
    }

    private static Map<Long, Location> locations(byte[] file, Box iloc) {
        Cursor c = new Cursor(file, iloc.body(), iloc.end());
        int version = c.u8();
        c.skip(3);
        if (version > 2) {
            throw new IllegalArgumentException("unknown iloc version");
        }
        int sizes = c.u8();
        int offsetSize = sizes >> 4;
        int lengthSize = sizes & 0xF;
        int more = c.u8();
        int baseOffsetSize = more >> 4;
        int indexSize = version == 0 ? 0 : more & 0xF;
        for (int n : new int[] {offsetSize, lengthSize, baseOffsetSize, indexSize}) {
            if (n != 0 && n != 4 && n != 8) {
                throw new IllegalArgumentException("bad field size");
            }
        }
        long count = version < 2 ? c.u16() : c.u32();
        Map<Long, Location> locations = new HashMap<>();
        for (long i = 0; i < count; i++) {
            long id = version < 2 ? c.u16() : c.u32();
            int method = version == 0 ? 0 : c.u16() & 0xF;
            c.skip(2);
            long base = c.uN(baseOffsetSize);
            int extentCount = c.u16();
            List<long[]> extents = new ArrayList<>();
            for (int e = 0; e < extentCount; e++) {
                c.uN(indexSize);
                extents.add(new long[] {c.uN(offsetSize), c.uN(lengthSize)});
            }
            if (locations.put(id, new Location(method, base, extents)) != null) {
                throw new IllegalArgumentException("item located twice");
            }
        }
        return locations;
    }

    private static Cursor skipFlags(Cursor c) {
        c.skip(3);
        return c;
    }

    private static Box only(List<Box> boxes, String type) {
        List<Box> found = boxes.stream().filter(b -> type.equals(b.type())).toList();
        if (found.size() != 1) {
            throw new IllegalArgumentException("expected one " + type);
        }
        return found.getFirst();
    }

    private static Box optional(List<Box> boxes, String type) {
        List<Box> found = boxes.stream().filter(b -> type.equals(b.type())).toList();
        if (found.size() > 1) {
            throw new IllegalArgumentException("more than one " + type);
        }
        return found.isEmpty() ? null : found.getFirst();
    }

    /** Where an item's data is: in the file (method 0) or in the meta box's {@code idat} (method 1). */
    private record Location(int method, long base, List<long[]> extents) {

        /** The [from, to) byte ranges of the item in the file. */
        List<long[]> ranges(long fileLength, Box idat) {
            long areaStart;
            long areaEnd;
            if (method == 0) {
                areaStart = 0;
                areaEnd = fileLength;
            } else if (method == 1 && idat != null) {
                areaStart = idat.body();
                areaEnd = idat.end();
            } else {
                throw new IllegalArgumentException("item data constructed from other items");
            }
            List<long[]> ranges = new ArrayList<>();
            for (long[] extent : extents) {
                long offset = base + extent[0];
                long length = extent[1];
                if (base < 0 || extent[0] < 0 || length < 0 || offset < 0 || offset > areaEnd - areaStart) {
                    throw new IllegalArgumentException("extent outside the file");
                }
                long from = areaStart + offset;
                long to = length == 0 ? areaEnd : from + length;
                if (length > areaEnd - from) {
                    throw new IllegalArgumentException("extent outside the file");
                }
                ranges.add(new long[] {from, to});
            }
            return ranges;
        }
    }

    /** One box: its four-character type, where its body starts and where it ends (exclusive). */
    private record Box(String type, int body, int end) {

        static List<Box> children(byte[] file, long from, long to) {
            if (from < 0 || to > file.length || from > to) {
                throw new IllegalArgumentException("box outside the file");
            }
            List<Box> boxes = new ArrayList<>();
            int pos = (int) from;
            while (pos < to) {
                Cursor c = new Cursor(file, pos, (int) to);
                long size = c.u32();
                String type = c.fourcc();
                if (size == 1) {
                    size = c.uN(8);
                } else if (size == 0) {
                    size = to - pos;
                }
                int header = c.position() - pos;
                if (size < header || size > to - pos) {
                    throw new IllegalArgumentException("box size out of range");
                }
                boxes.add(new Box(type, c.position(), (int) (pos + size)));
                pos += (int) size;
            }
            return boxes;
        }
    }

    /** Reads big-endian fields and refuses to read past {@code end}. */
    private static final class Cursor {

        private final byte[] bytes;
        private final int end;
        private int pos;

        Cursor(byte[] bytes, int pos, int end) {
            this.bytes = bytes;
            this.pos = pos;
            this.end = end;
        }

        int position() {
            return pos;
        }

        void skip(int n) {
            need(n);
            pos += n;
        }

        int u8() {
            need(1);
            return bytes[pos++] & 0xFF;
        }

        int u16() {
            return (int) uN(2);
        }

        long u32() {
            return uN(4);
        }

        /** An unsigned big-endian integer of {@code n} bytes (0 to 8; 0 reads nothing and gives 0). */
        long uN(int n) {
            need(n);
            long value = 0;
            for (int i = 0; i < n; i++) {
                value = (value << 8) | (bytes[pos++] & 0xFF);
            }
            return value;
        }

        String fourcc() {
            need(4);
            String type = new String(bytes, pos, 4, StandardCharsets.ISO_8859_1);
            pos += 4;
            return type;
        }

        private void need(int n) {
            if (n < 0 || pos + n > end) {
                throw new IllegalArgumentException("truncated box");
            }
        }
    }
}
