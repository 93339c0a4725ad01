package th.go.dga.standards.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * A TrueType font with more characters in its character map: each added code point shows a glyph the font already
 * has, named in its {@code post} table. The font is rewritten with one Windows Unicode (3,1) map of format 4 holding
 * its own characters and the added ones; every other table is kept byte for byte.
 */
final class CharacterMapPatch {

    private CharacterMapPatch() {
    }

    static byte[] withCharacters(byte[] font, Map<Character, String> added) {
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font))) {
            CmapLookup cmap = ttf.getUnicodeCmapLookup();
            TreeMap<Integer, Integer> glyphs = new TreeMap<>();
            for (int c = 0; c < 0xFFFF; c++) {
                int gid = cmap.getGlyphId(c);
                if (gid != 0) {
                    glyphs.put(c, gid);
                }
            }
            for (Map.Entry<Character, String> a : added.entrySet()) {
                int gid = ttf.nameToGID(a.getValue());
                if (gid == 0) {
                    throw new IllegalArgumentException("no glyph " + a.getValue() + " in " + ttf.getName());
                }
                glyphs.put((int) a.getKey(), gid);
            }
            return replaceTable(font, "cmap", cmapTable(glyphs));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A {@code cmap} table with one (3,1) subtable of format 4: a segment per run of consecutive characters. */
    private static byte[] cmapTable(TreeMap<Integer, Integer> glyphs) {
        var starts = new java.util.ArrayList<Integer>();
        var ends = new java.util.ArrayList<Integer>();
        int previous = -2;
        for (int c : glyphs.keySet()) {
            if (c != previous + 1) {
                starts.add(c);
                ends.add(c);
            } else {
                ends.set(ends.size() - 1, c);
            }
            previous = c;
        }
        starts.add(0xFFFF);
        ends.add(0xFFFF);
        int segments = starts.size();
        int length = 16 + segments * 8 + (glyphs.size()) * 2;
        ByteBuffer out = ByteBuffer.allocate(12 + length);
        out.putShort((short) 0).putShort((short) 1);                     // version, one subtable
        out.putShort((short) 3).putShort((short) 1).putInt(12);          // Windows, Unicode BMP, at 12
        int searchRange = 2 * Integer.highestOneBit(segments);
        out.putShort((short) 4).putShort((short) length).putShort((short) 0).putShort((short) (2 * segments))
                .putShort((short) searchRange).putShort((short) (Integer.numberOfTrailingZeros(searchRange / 2)))
                .putShort((short) (2 * segments - searchRange));
        ends.forEach(e -> out.putShort(e.shortValue()));
        out.putShort((short) 0);
        starts.forEach(s -> out.putShort(s.shortValue()));
        for (int i = 0; i < segments; i++) {
            out.putShort((short) (i == segments - 1 ? 1 : 0));          // the last segment maps 0xFFFF to glyph 0
        }
        int glyphIndex = 0;
        for (int i = 0; i < segments; i++) {
            if (i == segments - 1) {
                out.putShort((short) 0);
            } else {
                // from this idRangeOffset entry to the segment's first entry in glyphIdArray
                out.putShort((short) (2 * (segments - i) + 2 * glyphIndex));
                glyphIndex += ends.get(i) - starts.get(i) + 1;
            }
        }
        glyphs.values().forEach(g -> out.putShort(g.shortValue()));
        return out.array();
    }

    /** The font with one table replaced, its directory, checksums and {@code head}'s checksum adjustment made anew. */
    private static byte[] replaceTable(byte[] font, String tag, byte[] table) {
        ByteBuffer in = ByteBuffer.wrap(font);
        int sfntVersion = in.getInt(0);
        int count = in.getShort(4) & 0xFFFF;
        String[] tags = new String[count];
        byte[][] tables = new byte[count][];
        for (int i = 0; i < count; i++) {
            int record = 12 + 16 * i;
            tags[i] = new String(font, record, 4, StandardCharsets.US_ASCII);
            int offset = in.getInt(record + 8);
            int length = in.getInt(record + 12);
            tables[i] = tags[i].equals(tag) ? table : java.util.Arrays.copyOfRange(font, offset, offset + length);
        }
        int size = 12 + 16 * count;
        for (byte[] t : tables) {
            size += (t.length + 3) & ~3;
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        out.putInt(sfntVersion).putShort((short) count).putShort(in.getShort(6)).putShort(in.getShort(8)).putShort(in.getShort(10));
        int offset = 12 + 16 * count;
        int head = -1;
        for (int i = 0; i < count; i++) {
            if (tags[i].equals("head")) {
                head = offset;
                java.util.Arrays.fill(tables[i], 8, 12, (byte) 0);
            }
            out.put(tags[i].getBytes(StandardCharsets.US_ASCII)).putInt((int) checksum(tables[i])).putInt(offset).putInt(tables[i].length);
            offset += (tables[i].length + 3) & ~3;
        }
        for (byte[] t : tables) {
            out.put(t);
            out.position((out.position() + 3) & ~3);
        }
        byte[] bytes = out.array();
        if (head >= 0) {
            ByteBuffer.wrap(bytes).putInt(head + 8, (int) (0xB1B0AFBAL - checksum(bytes)));
        }
        return bytes;
    }

    private static long checksum(byte[] data) {
        long sum = 0;
        for (int i = 0; i < data.length; i += 4) {
            long word = 0;
            for (int j = 0; j < 4; j++) {
                word = word << 8 | (i + j < data.length ? data[i + j] & 0xFF : 0);
            }
            sum = sum + word & 0xFFFFFFFFL;
        }
        return sum;
    }
}
