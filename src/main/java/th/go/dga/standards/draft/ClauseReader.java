package th.go.dga.standards.draft;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import th.go.dga.standards.validation.InvalidInputException;
import th.go.dga.standards.validation.Violation;

/**
 * Reads a draft standard's Word file (DOCX) into its preamble and its numbered clauses, so that comments, versions
 * and changes can name a clause by its number.
 * <p>
 * <b>Clause numbers.</b> A paragraph is a clause when it opens with a number typed in its text, followed by a space:
 * {@code 4}, {@code 4.2}, {@code 4.2.1.}, Thai digits {@code ๔.๒}; or with "ข้อ" and a number ({@code ข้อ ๑}), which
 * may stand alone or run into the text. A part of a number has at most three digits, so a sentence that opens with a
 * year is not a clause. A paragraph is a clause too when Word numbers it automatically (a list, or a heading style with
 * outline numbering) and the number Word shows is made of digits and dots ({@code %1.%2.}, {@code ข้อ %1}); numbers are
 * counted as Word counts them (see {@link ListNumbering}). Other list paragraphs, bulleted or labelled {@code (1)},
 * {@code 1)} or {@code ก.}, are items in the text of the current clause, with their label but not their bullet.
 * Numbers are kept as Arabic digits without "ข้อ" and without a trailing dot. They may skip and go back; only a number
 * used twice is refused, since a clause's number is its anchor.
 * <p>
 * <b>Headings.</b> What follows a clause's number is its heading when
 * <ol>
 * <li>the paragraph has a heading style (a style whose id or name, or that of a style it is based on, contains
 * "heading" or "หัวเรื่อง", in any case) or an outline level; or</li>
 * <li>it is short, at most {@value #HEADING_MAX_LENGTH} characters on one line, does not end as a sentence or an
 * introduction to a list does (".", ":", ";", "?", "!", "ดังนี้", "ดังต่อไปนี้"), and either all of it is bold, or the
 * next paragraph is the clause's first sub-clause ({@code 4 ขอบข่าย} then {@code 4.1}) or a paragraph of text that is
 * neither a table nor a note ("หมายเหตุ"), which may as well follow a requirement.</li>
 * </ol>
 * Otherwise it is the first paragraph of the clause's text ({@code 4.2.1 ผู้ให้บริการต้องจัดให้มี...}). A short
 * requirement followed by an explanation in a paragraph of its own therefore reads as a heading: a style or bold
 * settles what the words alone cannot, since Thai sentences end without a full stop.
 * <p>
 * <b>Text.</b> Paragraphs and tables up to the next clause are the clause's text, paragraphs separated by a line
 * break, a table's cells by a tab and its rows by a line break; notes ("หมายเหตุ") are text like any other. Before the
 * first clause they are the preamble. Empty paragraphs and the table of contents are left out, and so are footnotes,
 * headers, footers, comments, text boxes and text deleted under tracked changes. Runs of spaces and tabs become one
 * space; Thai is otherwise kept exactly as written. An annex ("ภาคผนวก ก", {@code ก.1}) is not a clause: its text
 * belongs to the last numbered clause.
 * <p>
 * The file is read into memory whole, as POI reads it: its size is the caller's to limit. Reading a 200-page draft
 * takes well under a second, since each paragraph is looked at once.
 */
public final class ClauseReader {

    /** Far more clauses than any standard has; a file with more is not a draft. */
    public static final int MAX_CLAUSES = 5000;

    static final int HEADING_MAX_LENGTH = 60;

    private static final String FIELD = "file";
    private static final int EXCERPT_LENGTH = 40;
    private static final String NOTE = "หมายเหตุ";
    private static final List<String> SENTENCE_ENDINGS = List.of(".", ":", ";", "?", "!", "ดังนี้", "ดังต่อไปนี้");

    private final int maxClauses;

    ClauseReader(int maxClauses) {
        this.maxClauses = maxClauses;
    }

    /**
     * Reads a draft whose file has no name to show; refusals call it "ร่างมาตรฐาน" ("draft standard").
     *
     * @throws InvalidInputException on field {@code file} when the file is not a readable Word file, has no numbered
     *                               clause, has a clause number twice or has more than {@value #MAX_CLAUSES} clauses
     */
    public static DraftText read(InputStream docx) {
        return read(docx, null);
    }

    /**
     * Reads a draft, naming the file by {@code fileName} in refusals (when it is blank, as {@link #read(InputStream)}
     * does).
     *
     * @throws InvalidInputException as {@link #read(InputStream)} does
     */
    public static DraftText read(InputStream docx, String fileName) {
        Object file = fileName == null || fileName.isBlank() ? Violation.label("draft-file") : fileName;
        return new ClauseReader(MAX_CLAUSES).text(docx, file);
    }

    DraftText text(InputStream docx, Object file) {
        try (XWPFDocument document = open(docx, file)) {
            return assemble(BodyBlocks.of(document), file);
        } catch (IOException e) {
            // only closing can fail here, after everything was read
            throw new InvalidInputException(Violation.of(FIELD, "draft.unreadable", file));
        }
    }

    private static XWPFDocument open(InputStream docx, Object file) {
        byte[] bytes;
        try {
            bytes = docx.readAllBytes();
        } catch (IOException e) {
            throw new InvalidInputException(Violation.of(FIELD, "draft.unreadable", file));
        }
        if (FileMagic.valueOf(bytes) == FileMagic.OLE2) {
            throw new InvalidInputException(Violation.of(FIELD, isEncrypted(bytes) ? "draft.encrypted" : "draft.old-word-format", file));
        }
        try {
            return new XWPFDocument(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            // POI says "not a zip", "not OOXML", "empty", "no document part" or "bad XML" with as many exceptions;
            // to the person who sent the file they all mean the same
            throw new InvalidInputException(Violation.of(FIELD, "draft.unreadable", file));
        }
    }

    /** Word saves a DOCX with a password as an OLE2 file holding the encrypted package, as it saved the old .doc. */
    private static boolean isEncrypted(byte[] bytes) {
        try (POIFSFileSystem container = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            return container.getRoot().hasEntry("EncryptedPackage");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private DraftText assemble(List<BodyBlocks.Block> blocks, Object file) {
        StringBuilder preamble = new StringBuilder();
        List<Clause> clauses = new ArrayList<>();
        Map<String, Place> places = new HashMap<>();
        BodyBlocks.Block open = null;
        String heading = "";
        StringBuilder text = preamble;
        for (int i = 0; i < blocks.size(); i++) {
            BodyBlocks.Block block = blocks.get(i);
            if (!block.numbered()) {
                append(text, block.text());
                continue;
            }
            if (open != null) {
                clauses.add(new Clause(open.number(), heading, text.toString(), clauses.size() + 1));
            }
            boolean isHeading = isHeading(block, i + 1 < blocks.size() ? blocks.get(i + 1) : null);
            heading = isHeading ? block.text() : "";
            text = new StringBuilder(isHeading ? "" : block.text());
            open = block;
            Place place = new Place(clauses.size() + 1, excerpt(block.text()));
            Place earlier = places.putIfAbsent(block.number(), place);
            if (earlier != null) {
                throw new InvalidInputException(Violation.of(FIELD, "draft.clause-repeated", file, block.number(),
                        earlier.order(), earlier.excerpt(), place.order(), place.excerpt()));
            }
            if (places.size() > maxClauses) {
                throw new InvalidInputException(Violation.of(FIELD, "draft.too-many-clauses", file, maxClauses));
            }
        }
        if (open == null) {
            throw new InvalidInputException(Violation.of(FIELD, "draft.no-clauses", file, blocks.size()));
        }
        clauses.add(new Clause(open.number(), heading, text.toString(), clauses.size() + 1));
        return new DraftText(preamble.toString(), clauses);
    }

    /** The rule of the class's description. */
    static boolean isHeading(BodyBlocks.Block block, BodyBlocks.Block next) {
        if (block.headingStyled()) {
            return true;
        }
        String rest = block.text();
        if (rest.isEmpty() || rest.length() > HEADING_MAX_LENGTH || rest.indexOf('\n') >= 0
                || SENTENCE_ENDINGS.stream().anyMatch(rest::endsWith)) {
            return false;
        }
        if (block.bold()) {
            return true;
        }
        if (next == null) {
            return false;
        }
        return next.numbered() ? next.number().startsWith(block.number() + ".") : explains(next);
    }

    /** A paragraph that explains what comes before it; a table or a note may follow a requirement as well. */
    private static boolean explains(BodyBlocks.Block next) {
        return !next.table() && !next.text().startsWith(NOTE);
    }

    /** Where a clause number was first used, for the refusal of its second use. */
    private record Place(int order, String excerpt) {
    }

    /** The first words of a clause, for a person to find it in Word. */
    private static String excerpt(String text) {
        if (text.isEmpty()) {
            return "…";
        }
        String line = text.lines().findFirst().orElse("");
        if (line.length() <= EXCERPT_LENGTH) {
            return line;
        }
        int end = EXCERPT_LENGTH;
        // Thai vowels and tone marks above and below follow their consonant: do not cut one off it
        while (end < line.length()
                && (Character.getType(line.charAt(end)) == Character.NON_SPACING_MARK || Character.isLowSurrogate(line.charAt(end)))) {
            end++;
        }
        return line.substring(0, end) + "…";
    }

    private static void append(StringBuilder text, String paragraph) {
        if (!text.isEmpty()) {
            text.append('\n');
        }
        text.append(paragraph);
    }
}
