package th.go.dga.standards.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeMap;

import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.cmap.CMapParser;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Copying text out of the PDF gives the text written: PDFBox maps each embedded glyph back to the character that
 * reaches it in the font's character map, which for a mark's variant is its private-use code point; this rewrites
 * each font's {@code ToUnicode} map with the mark itself ({@link ThaiMarks#original(int)}).
 */
final class ToUnicodeRepair {

    private ToUnicodeRepair() {
    }

    static byte[] repair(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Set<COSStream> done = new HashSet<>();
            boolean changed = false;
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    if (font instanceof PDType0Font && font.getCOSObject().getDictionaryObject(COSName.TO_UNICODE) instanceof COSStream map
                            && done.add(map)) {
                        changed |= repair(map);
                    }
                }
            }
            if (!changed) {
                return pdf;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean repair(COSStream stream) throws IOException {
        CMap cmap;
        try (InputStream in = stream.createInputStream()) {
            cmap = new CMapParser().parse(new RandomAccessReadBuffer(in));
        }
        TreeMap<Integer, String> unicode = new TreeMap<>();
        boolean changed = false;
        for (int code = 0; code <= 0xFFFF; code++) {
            String text = cmap.toUnicode(code, 2);
            if (text != null) {
                String original = ThaiMarks.original(text);
                changed |= !original.equals(text);
                unicode.put(code, original);
            }
        }
        if (changed) {
            try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                out.write(toUnicodeCMap(unicode).getBytes(StandardCharsets.US_ASCII));
            }
        }
        return changed;
    }

    /** A ToUnicode CMap of two-byte codes, one {@code bfchar} line per code, at most a hundred to a block. */
    private static String toUnicodeCMap(TreeMap<Integer, String> unicode) {
        StringBuilder cmap = new StringBuilder("""
                /CIDInit /ProcSet findresource begin
                12 dict begin
                begincmap
                /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
                /CMapName /Adobe-Identity-UCS def
                /CMapType 2 def
                1 begincodespacerange
                <0000> <FFFF>
                endcodespacerange
                """);
        var entries = new java.util.ArrayList<>(unicode.entrySet());
        for (int from = 0; from < entries.size(); from += 100) {
            var block = entries.subList(from, Math.min(from + 100, entries.size()));
            cmap.append(block.size()).append(" beginbfchar\n");
            for (var e : block) {
                cmap.append(String.format("<%04X> <", e.getKey()));
                e.getValue().chars().forEach(c -> cmap.append(String.format("%04X", c)));
                cmap.append(">\n");
            }
            cmap.append("endbfchar\n");
        }
        return cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n").toString();
    }
}
