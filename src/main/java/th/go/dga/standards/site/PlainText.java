package th.go.dga.standards.site;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Text that staff or the public typed, made into paragraphs and links for a page and never into markup: a blank line
 * starts a paragraph, an http(s) address becomes a link, everything else is text the template escapes. Templates
 * reach it as {@code @plainText}.
 */
@Component("plainText")
public class PlainText {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+[^\\s<>\".,;:!?)\\]]");

    /** A piece of a paragraph: text, or a link whose text is its address. */
    public record Segment(String text, String href) {
    }

    /** Paragraphs with links: for what staff wrote. */
    public List<List<Segment>> paragraphs(String text) {
        List<List<Segment>> paragraphs = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return paragraphs;
        }
        for (String paragraph : text.strip().split("\\R\\s*\\R")) {
            paragraphs.add(segments(paragraph.strip()));
        }
        return paragraphs;
    }

    /** Paragraphs without links: for what the public wrote, whose addresses are shown but not offered as links. */
    public List<String> plainParagraphs(String text) {
        return text == null || text.isBlank() ? List.of() : List.of(text.strip().split("\\R\\s*\\R")).stream().map(String::strip).toList();
    }

    /**
     * A clause's text as read from a Word file: one paragraph per line, and consecutive lines with tabs, which are the
     * rows of a table, as a table.
     */
    public List<Block> blocks(String text) {
        List<Block> blocks = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return blocks;
        }
        List<List<String>> rows = new ArrayList<>();
        for (String line : text.strip().split("\\R")) {
            if (line.contains("\t")) {
                rows.add(List.of(line.split("\t", -1)));
                continue;
            }
            if (!rows.isEmpty()) {
                blocks.add(new Block(null, List.copyOf(rows)));
                rows.clear();
            }
            if (!line.isBlank()) {
                blocks.add(new Block(line.strip(), List.of()));
            }
        }
        if (!rows.isEmpty()) {
            blocks.add(new Block(null, List.copyOf(rows)));
        }
        return blocks;
    }

    /** A paragraph (its text) or a table (its rows of cells). */
    public record Block(String paragraph, List<List<String>> rows) {

        public boolean isTable() {
            return paragraph == null;
        }
    }

    static List<Segment> segments(String paragraph) {
        List<Segment> segments = new ArrayList<>();
        Matcher link = LINK.matcher(paragraph);
        int at = 0;
        while (link.find()) {
            if (link.start() > at) {
                segments.add(new Segment(paragraph.substring(at, link.start()), null));
            }
            segments.add(new Segment(link.group(), link.group()));
            at = link.end();
        }
        if (at < paragraph.length()) {
            segments.add(new Segment(paragraph.substring(at), null));
        }
        return segments;
    }
}
