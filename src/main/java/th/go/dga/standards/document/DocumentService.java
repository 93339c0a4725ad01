package th.go.dga.standards.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import th.go.dga.standards.draft.DraftVersion;
import th.go.dga.standards.draft.DraftVersions;
import th.go.dga.standards.hearing.Hearing;
import th.go.dga.standards.hearing.HearingService;
import th.go.dga.standards.registry.Standard;
import th.go.dga.standards.registry.StandardRegistry;
import th.go.dga.standards.security.Caller;
import th.go.dga.standards.time.EngineTime;
import th.go.dga.standards.validation.InvalidInputException;
import th.go.dga.standards.validation.MalformedRequestException;
import th.go.dga.standards.validation.NotFoundException;
import th.go.dga.standards.validation.UnsupportedContentException;
import th.go.dga.standards.validation.Violation;

/**
 * Uploading, listing and reading the documents of standards and hearings.
 * <p>
 * What the caller may not read is answered as if it did not exist, so that the public learns nothing of drafts that
 * have not gone to hearing.
 */
@Service
public class DocumentService {

    private static final String COLUMNS = """
            id, standard_id, hearing_id, document_type, label, version_label, put_up_on, original_filename, media_type,
            size_bytes, sha256, stored_name, uploaded_by, uploaded_at""";

    private static final java.util.regex.Pattern SHA256 = java.util.regex.Pattern.compile("[0-9a-fA-F]{64}");

    private final JdbcClient jdbc;
    private final StandardRegistry registry;
    private final HearingService hearings;
    private final DraftVersions drafts;
    private final DocumentStorage storage;
    private final ContentInspector inspector;
    private final long maxSize;

    DocumentService(JdbcClient jdbc, StandardRegistry registry, HearingService hearings, DraftVersions drafts, DocumentStorage storage,
            ContentInspector inspector, DocumentSettings settings) {
        this.jdbc = jdbc;
        this.drafts = drafts;
        this.registry = registry;
        this.hearings = hearings;
        this.storage = storage;
        this.inspector = inspector;
        this.maxSize = settings.maxSize().toBytes();
    }

    /**
     * Checks and stores a document. The checks run from the cheapest to the dearest, and the file reaches the store
     * only when all have passed.
     *
     * @throws NotFoundException              when the standard or hearing does not exist
     * @throws AccessDeniedException          when the caller is neither of the secretariat nor of the working group
     * @throws MalformedRequestException     when the file's name is longer than any file system holds
     * @throws InvalidInputException          naming the fields at fault
     * @throws MaxUploadSizeExceededException when the file is larger than {@code standards.documents.max-size}
     * @throws UnsupportedContentException    when the content is not a document of an accepted format, or does not
     *                                        match its name, or is an archive that unpacks to too much
     */
    public Document upload(DocumentOwner owner, DocumentForm form, UploadedFile file, Caller caller) {
        Owner resolved = resolve(owner);
        if (!DocumentAccess.mayUpload(caller, resolved.standard())) {
            throw new AccessDeniedException("only the secretariat and the working group upload documents");
        }
        if (FileNames.length(file.filename()) > FileNames.MAX_CLIENT_LENGTH) {
            throw new MalformedRequestException(Violation.of(DocumentForm.FILE, "document.filename-too-long", FileNames.MAX_CLIENT_LENGTH,
                    FileNames.length(file.filename())));
        }
        NewDocument document = form.validate(EngineTime.today(), file.size());
        if (file.size() > maxSize) {
            throw new MaxUploadSizeExceededException(maxSize);
        }
        String filename = FileNames.sanitise(file.filename());
        try (InputStream content = file.content().getInputStream();
                DocumentStorage.Received received = storage.receive(content, maxSize)) {
            if (received.size() == 0) {
                throw new InvalidInputException(Violation.of(DocumentForm.FILE, "document.file-empty"));
            }
            AcceptedFormat format = inspector.inspect(received.file(), filename);
            return keep(owner, document, FileNames.withExtension(filename, format), format, received, caller);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Keeps a PDF the application made itself, such as a signed announcement, as a document of the standard: no one
     * sent it, so it takes none of the upload's checks, but it is stored, hashed and rolled back with the caller's
     * transaction like any other.
     *
     * @param madeBy who the document is recorded as put up by: the signer of an announcement
     */
    public Document keepPdf(String standardId, NewDocument document, String filename, byte[] content, String madeBy) {
        try (DocumentStorage.Received received = storage.receive(new ByteArrayInputStream(content), Long.MAX_VALUE)) {
            return keep(DocumentOwner.standard(standardId), document, FileNames.withExtension(FileNames.sanitise(filename), AcceptedFormat.PDF),
                    AcceptedFormat.PDF, received, new Caller(madeBy, Set.of()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The documents of a standard, in the order they were put up (a hearing page lists the draft first and the FAQ
     * last), then in the order they were uploaded.
     */
    public List<Document> forStandard(String standardId, Caller caller) {
        Standard standard = registry.get(standardId);
        if (!DocumentAccess.mayRead(caller, DocumentAccess.isPublic(standard.status()))) {
            throw new NotFoundException("registry.not-found", standardId);
        }
        return jdbc.sql("select " + COLUMNS + " from document where standard_id = :id order by put_up_on, id")
                .param("id", standardId).query(this::map).list();
    }

    /**
     * The documents of a hearing, in the order they were put up, then in the order they were uploaded. The draft the
     * hearing puts to the public is among them, wherever its file was put up.
     */
    public List<Document> forHearing(long hearingId, Caller caller) {
        Hearing hearing = hearings.get(hearingId);
        if (!DocumentAccess.mayRead(caller, DocumentAccess.isPublic(hearing.status()))) {
            throw new NotFoundException("hearing.not-found", String.valueOf(hearingId));
        }
        Long draft = hearing.draftVersionId() == null ? null : drafts.find(hearing.draftVersionId()).map(DraftVersion::documentId).orElse(null);
        return jdbc.sql("select " + COLUMNS + " from document where hearing_id = :id or id = :draft order by put_up_on, id")
                .param("id", hearingId).param("draft", draft).query(this::map).list();
    }

    /** A document the caller may read. */
    public Document get(long id, Caller caller) {
        return read(id, caller).document();
    }

    /** A document the caller may read, with its file and whether the public may read it too. */
    public DocumentContent content(long id, Caller caller) {
        Readable readable = read(id, caller);
        return new DocumentContent(readable.document(), storage.locate(readable.document().storedName()), readable.isPublic());
    }

    /**
     * The public document whose content has this SHA-256, the first put up if several have it: what the link printed on
     * a signed announcement leads to. A document the public may not read is as if it did not exist.
     *
     * @param sha256 in hex, either case; anything else finds nothing
     */
    public Optional<DocumentContent> publicBySha256(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            return Optional.empty();
        }
        List<Long> ids = jdbc.sql("select id from document where sha256 = :sha256 order by id")
                .param("sha256", sha256.toLowerCase(java.util.Locale.ROOT)).query(Long.class).list();
        for (long id : ids) {
            try {
                return Optional.of(content(id, Caller.ANONYMOUS));
            } catch (NotFoundException notPublic) {
                // another document with the same content may be public
            }
        }
        return Optional.empty();
    }

    private Readable read(long id, Caller caller) {
        Document document = find(id).orElseThrow(() -> new NotFoundException("document.not-found", String.valueOf(id)));
        boolean isPublic = resolve(document.owner()).isPublic()
                || drafts.byDocument(id).map(v -> hearings.heardPublicly(v.id())).orElse(false);
        if (!DocumentAccess.mayRead(caller, isPublic)) {
            throw new NotFoundException("document.not-found", String.valueOf(id));
        }
        return new Readable(document, isPublic);
    }

    private Optional<Document> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from document where id = :id").param("id", id).query(this::map).optional();
    }

    /** Moves a received file into the store and records it; the file goes again if the record or its transaction fails. */
    private Document keep(DocumentOwner owner, NewDocument document, String filename, AcceptedFormat format, DocumentStorage.Received received,
                          Caller caller) throws IOException {
        String storedName = storage.keep(received);
        long id;
        try {
            id = insert(owner, document, filename, format, received, storedName, caller);
        } catch (RuntimeException e) {
            storage.discard(storedName);
            throw e;
        }
        discardIfRolledBack(storedName);
        return find(id).orElseThrow();
    }

    private long insert(DocumentOwner owner, NewDocument document, String filename, AcceptedFormat format,
            DocumentStorage.Received received, String storedName, Caller caller) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into document (standard_id, hearing_id, document_type, label, version_label, put_up_on,
                    original_filename, media_type, size_bytes, sha256, stored_name, uploaded_by, uploaded_at)
                values (:standardId, :hearingId, :type, :label, :version, :putUpOn, :filename, :mediaType, :size,
                    :sha256, :storedName, :uploadedBy, :uploadedAt)""")
                .param("standardId", owner.standardId())
                .param("hearingId", owner.hearingId())
                .param("type", document.type().name())
                .param("label", document.label())
                .param("version", document.version())
                .param("putUpOn", document.putUpOn())
                .param("filename", filename)
                .param("mediaType", format.mediaType())
                .param("size", received.size())
                .param("sha256", received.sha256())
                .param("storedName", storedName)
                .param("uploadedBy", caller.userId())
                .param("uploadedAt", EngineTime.now().atOffset(ZoneOffset.UTC))
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /** A caller's transaction that rolls back takes the record with it: the file goes too. */
    private void discardIfRolledBack(String storedName) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        storage.discard(storedName);
                    }
                }
            });
        }
    }

    private Owner resolve(DocumentOwner owner) {
        if (owner.isHearing()) {
            Hearing hearing = hearings.get(owner.hearingId());
            return new Owner(registry.get(hearing.standardId()), hearing);
        }
        return new Owner(registry.get(owner.standardId()), null);
    }

    private Document map(ResultSet rs, int row) throws SQLException {
        String standardId = rs.getString("standard_id");
        return new Document(
                rs.getLong("id"),
                standardId != null ? DocumentOwner.standard(standardId) : DocumentOwner.hearing(rs.getLong("hearing_id")),
                DocumentType.valueOf(rs.getString("document_type")),
                rs.getString("label"),
                rs.getString("version_label"),
                rs.getObject("put_up_on", LocalDate.class),
                rs.getString("original_filename"),
                rs.getString("media_type"),
                rs.getLong("size_bytes"),
                rs.getString("sha256"),
                rs.getString("stored_name"),
                rs.getString("uploaded_by"),
                rs.getObject("uploaded_at", OffsetDateTime.class).toInstant());
    }

    private record Readable(Document document, boolean isPublic) {
    }

    /** The standard a document belongs to, directly or through one of its hearings. */
    private record Owner(Standard standard, Hearing hearing) {

        boolean isPublic() {
            return hearing != null ? DocumentAccess.isPublic(hearing.status()) : DocumentAccess.isPublic(standard.status());
        }
    }
}
