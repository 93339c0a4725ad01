package th.go.dga.standards.document;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import th.go.dga.standards.time.BuddhistEra;
import th.go.dga.standards.time.DatePlausibility;
import th.go.dga.standards.validation.InvalidInputException;
import th.go.dga.standards.validation.Messages;
import th.go.dga.standards.validation.TextCharacters;
import th.go.dga.standards.validation.Violation;

/**
 * The fields of an upload as they arrive, text that has not been checked yet.
 *
 * @param type    a {@link DocumentType} name
 * @param label   what the hearing page calls the document
 * @param version the document's own version, optional
 * @param putUpOn the date it was put up, ISO ({@code 2026-11-26}); today in Bangkok when empty
 */
public record DocumentForm(String type, String label, String version, String putUpOn) {

    public static final int LABEL_MAX = 300;
    public static final int VERSION_MAX = 40;

    /** The field names, as the API and its errors spell them. */
    static final String TYPE = "type";
    static final String LABEL = "label";
    static final String VERSION = "version";
    static final String PUT_UP_ON = "putUpOn";
    static final String FILE = "file";

    /**
     * Checks every field and the file's size, so that the caller hears of every mistake at once.
     *
     * @param today    the date in Bangkok: a document cannot have been put up later
     * @param fileSize the uploaded file's size in bytes
     * @throws InvalidInputException naming each field at fault
     */
    public NewDocument validate(LocalDate today, long fileSize) {
        List<Violation> violations = new ArrayList<>();
        DocumentType documentType = null;
        if (isBlank(type)) {
            violations.add(Violation.of(TYPE, "document.type-required", DocumentType.names()));
        } else {
            try {
                documentType = DocumentType.valueOf(type.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                violations.add(Violation.of(TYPE, "document.type-unknown", type.strip(), DocumentType.names()));
            }
        }
        String cleanLabel = isBlank(label) ? null : label.strip();
        if (cleanLabel == null) {
            violations.add(Violation.of(LABEL, "document.label-required"));
        } else if (!TextCharacters.check(violations, LABEL, cleanLabel, Violation.label("document-label")) && length(cleanLabel) > LABEL_MAX) {
            violations.add(Violation.of(LABEL, "document.label-too-long", LABEL_MAX, length(cleanLabel)));
        }
        String cleanVersion = isBlank(version) ? null : version.strip();
        if (cleanVersion != null && !TextCharacters.check(violations, VERSION, cleanVersion, Violation.label("document-version"))
                && length(cleanVersion) > VERSION_MAX) {
            violations.add(Violation.of(VERSION, "document.version-too-long", VERSION_MAX, length(cleanVersion)));
        }
        LocalDate date = today;
        if (!isBlank(putUpOn)) {
            try {
                date = LocalDate.parse(putUpOn.strip());
                Optional<Violation> implausible = DatePlausibility.check(PUT_UP_ON, Messages.get("document.put-up-on-label"), date, today);
                if (implausible.isPresent()) {
                    violations.add(implausible.get());
                } else if (date.isAfter(today)) {
                    violations.add(Violation.of(PUT_UP_ON, "document.put-up-on-future", BuddhistEra.format(date), BuddhistEra.format(today)));
                }
            } catch (DateTimeParseException e) {
                violations.add(Violation.of(PUT_UP_ON, "document.put-up-on-unreadable", putUpOn.strip()));
            }
        }
        if (fileSize == 0) {
            violations.add(Violation.of(FILE, "document.file-empty"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new NewDocument(documentType, cleanLabel, cleanVersion, date);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static int length(String value) {
        return value.codePointCount(0, value.length());
    }
}
