package th.go.dga.standards.drafting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.go.dga.standards.document.Document;
import th.go.dga.standards.document.DocumentContent;
import th.go.dga.standards.document.DocumentForm;
import th.go.dga.standards.document.DocumentOwner;
import th.go.dga.standards.document.DocumentService;
import th.go.dga.standards.document.DocumentType;
import th.go.dga.standards.document.UploadedFile;
import th.go.dga.standards.draft.ClauseReader;
import th.go.dga.standards.draft.DraftStage;
import th.go.dga.standards.draft.DraftText;
import th.go.dga.standards.draft.DraftVersion;
import th.go.dga.standards.draft.DraftVersions;
import th.go.dga.standards.hearing.HearingService;
import th.go.dga.standards.hearing.HearingStatus;
import th.go.dga.standards.registry.Standard;
import th.go.dga.standards.registry.StandardRegistry;
import th.go.dga.standards.security.Caller;
import th.go.dga.standards.validation.InvalidInputException;
import th.go.dga.standards.validation.TextCharacters;
import th.go.dga.standards.validation.Violation;

/**
 * A version of a draft sent as a Word file: the file is kept as a document of the standard, exactly as it was sent,
 * and the clauses read from it are the version's text. A file whose clauses cannot be read is refused, and nothing of
 * it is kept.
 */
@Service
public class DraftUploads {

    /** The field names, as the API and the workspace spell them. */
    public static final String VERSION = "version";
    public static final String NOTE = "note";
    public static final String FILE = "file";

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final Pattern LABEL = Pattern.compile("^[0-9]+(\\.[0-9]+)*( \\S.*)?$");
    private static final int LABEL_MAX = 40;
    private static final int NOTE_MAX = 4000;

    private final DocumentService documents;
    private final DraftVersions drafts;
    private final HearingService hearings;
    private final StandardRegistry registry;

    DraftUploads(DocumentService documents, DraftVersions drafts, HearingService hearings, StandardRegistry registry) {
        this.documents = documents;
        this.drafts = drafts;
        this.hearings = hearings;
        this.registry = registry;
    }

    /**
     * Keeps a Word file as a version of the standard's draft: a revised draft once the standard has had a hearing.
     *
     * @throws InvalidInputException naming the version, the note or the file: a label that is not a version number,
     *                               a file that is not a Word file, or one whose clauses cannot be read
     * @see DocumentService#upload for the checks every file goes through first
     */
    @Transactional
    public DraftVersion upload(String standardId, String version, String note, UploadedFile file, Caller caller) {
        Standard standard = registry.get(standardId);
        String label = version == null ? "" : version.strip();
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        List<Violation> violations = new ArrayList<>();
        if (label.isEmpty()) {
            violations.add(Violation.of(VERSION, "draft.version-required"));
        } else if (!TextCharacters.check(violations, VERSION, label, Violation.label("draft-version"))
                && (label.length() > LABEL_MAX || !LABEL.matcher(label).matches())) {
            violations.add(Violation.of(VERSION, "draft.version-unreadable", label, LABEL_MAX));
        }
        if (cleanNote != null && !TextCharacters.check(violations, NOTE, cleanNote, Violation.label("draft-note"))
                && cleanNote.codePointCount(0, cleanNote.length()) > NOTE_MAX) {
            violations.add(Violation.of(NOTE, "form.too-long", Violation.label("draft-note"), NOTE_MAX, cleanNote.codePointCount(0, cleanNote.length())));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        boolean heard = hearings.forStandard(standardId).stream().anyMatch(h -> h.status() == HearingStatus.CLOSED);
        DocumentType type = heard ? DocumentType.REVISED_DRAFT : DocumentType.DRAFT;
        String documentLabel = standard.displayCode() + " " + standard.titleTh();
        Document document = documents.upload(DocumentOwner.standard(standardId),
                new DocumentForm(type.name(), shorten(documentLabel, DocumentForm.LABEL_MAX), label, null), file, caller);
        if (!DOCX.equals(document.mediaType())) {
            throw new InvalidInputException(Violation.of(FILE, "draft.not-docx", document.filename()));
        }
        DocumentContent content = documents.content(document.id(), caller);
        DraftText text;
        try (InputStream in = Files.newInputStream(content.file())) {
            text = ClauseReader.read(in, document.filename());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return drafts.record(standardId, heard ? DraftStage.REVISED : DraftStage.DRAFT, label, document.id(),
                "/api/documents/" + document.id() + "/content", cleanNote, text);
    }

    private static String shorten(String text, int max) {
        return text.codePointCount(0, text.length()) <= max ? text : text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }
}
