package nl.rechtshulp.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.rechtshulp.audit.AuditTrail;
import nl.rechtshulp.request.DocumentKind;
import nl.rechtshulp.request.Request;
import nl.rechtshulp.request.RequestReference;
import nl.rechtshulp.request.RequestRegister;
import nl.rechtshulp.security.CurrentUser;
import nl.rechtshulp.web.ApiProblem;
import org.apache.tika.Tika;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case file's documents: who may add, read and withdraw them, what is accepted, and what the completeness rules
 * see. Access is the request's access; auditors read but never add or withdraw; every action is in the audit trail.
 */
@Service
public class Documents {

    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final int MAX_NAME = 255;

    private final DocumentStore store;
    private final RequestRegister register;
    private final AuditTrail auditTrail;
    private final DocumentSettings settings;
    private final Clock clock;
    private final Tika tika = new Tika();

    Documents(DocumentStore store, RequestRegister register, AuditTrail auditTrail, DocumentSettings settings, Clock clock) {
        this.store = store;
        this.register = register;
        this.auditTrail = auditTrail;
        this.settings = settings;
        this.clock = clock;
    }

    /** An upload as it arrives: the stream is read once, never whole. */
    public record Upload(String kind, String language, LocalDate datedOn, String originalName, Long supersedes,
                  InputStream content) {
    }

    @Transactional
    public DocumentView add(String reference, Upload upload, CurrentUser user) {
        Request request = register.getVisibleTo(reference, user);
        DocumentKind kind = kindOf(upload.kind());
        if (upload.language() == null || !LANGUAGES.contains(upload.language())) {
            throw ApiProblem.badRequest("language", "language must be an ISO 639-1 code, not '" + upload.language() + "'");
        }
        if (upload.supersedes() != null) {
            DocumentView older = store.find(request.getId(), upload.supersedes()).orElseThrow(() ->
                    ApiProblem.badRequest("supersedes", "supersedes names no document of this request"));
            if (older.kind() != kind) {
                throw ApiProblem.badRequest("supersedes", "A " + kind + " cannot supersede a " + older.kind());
            }
            if (older.supersededBy() != null) {
                throw ApiProblem.conflict("Document " + older.id() + " is superseded already by " + older.supersededBy());
            }
        }
        String name = displayName(upload.originalName());
        try (InputStream content = upload.content()) {
            byte[] first = new byte[DocumentStore.CHUNK_SIZE];
            int length = content.readNBytes(first, 0, first.length);
            if (length == 0) {
                throw ApiProblem.badRequest("file", "The file is empty");
            }
            String mediaType = detect(first, length, name);
            var written = store.write(new DocumentStore.NewDocument(request.getId(), kind, upload.language(), name,
                            mediaType, upload.datedOn(), user.userId(), clock.instant(), upload.supersedes()),
                    first, length, content, settings.maxSize().toBytes());
            auditTrail.record(reference, "DOCUMENT_ADDED", kind + " " + written.id(),
                    upload.supersedes() == null ? null : "supersedes " + upload.supersedes(),
                    name + " (" + mediaType + ", " + written.size() + " bytes, sha256 " + written.sha256() + ")", null);
            return store.find(request.getId(), written.id()).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A letter the product wrote (a PDF), filed in the request's case file as written by whoever completed the step
     * that produced it; audited like an upload.
     */
    @Transactional
    public DocumentView addGenerated(RequestReference reference, DocumentKind kind, String language, String name,
                                     byte[] pdf, String producedBy) {
        Request request = register.get(reference);
        int first = Math.min(pdf.length, DocumentStore.CHUNK_SIZE);
        var written = store.write(new DocumentStore.NewDocument(request.getId(), kind, language, name,
                        "application/pdf", java.time.LocalDate.now(clock.withZone(nl.rechtshulp.web.DutchTime.ZONE)),
                        producedBy, clock.instant(), null), pdf, first,
                new java.io.ByteArrayInputStream(pdf, first, pdf.length - first), Long.MAX_VALUE);
        auditTrail.record(reference.value(), "DOCUMENT_ADDED", kind + " " + written.id(), null,
                name + " (application/pdf, " + written.size() + " bytes, sha256 " + written.sha256() + ")",
                "written by the product");
        return store.find(request.getId(), written.id()).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<DocumentView> list(String reference, CurrentUser user, boolean withWithdrawn) {
        Request request = register.getVisibleTo(reference, user);
        return store.list(request.getId(), withWithdrawn);
    }

    /** The document after its stored content has been checked against its checksum; the download is recorded. */
    @Transactional
    DocumentView openForDownload(String reference, long documentId, CurrentUser user) {
        Request request = register.getVisibleTo(reference, user);
        DocumentView document = store.find(request.getId(), documentId)
                .orElseThrow(() -> ApiProblem.notFound("No document " + documentId + " in " + reference));
        if (!store.checksumOf(documentId).equals(document.sha256())) {
            throw new ApiProblem(HttpStatus.INTERNAL_SERVER_ERROR, "Document damaged",
                    "The stored content of document " + documentId + " does not match its checksum; it is not served");
        }
        auditTrail.record(reference, "DOCUMENT_DOWNLOADED", document.kind() + " " + documentId, null,
                document.name(), null);
        return document;
    }

    void copyContent(long documentId, OutputStream out) {
        store.copyTo(documentId, out);
    }

    @Transactional
    void withdraw(String reference, long documentId, String reason, CurrentUser user) {
        Request request = register.getVisibleTo(reference, user);
        DocumentView document = store.find(request.getId(), documentId)
                .orElseThrow(() -> ApiProblem.notFound("No document " + documentId + " in " + reference));
        if (reason == null || reason.isBlank()) {
            throw ApiProblem.badRequest("reason", "A reason is required to withdraw a document");
        }
        if (document.withdrawnAt() != null) {
            throw ApiProblem.conflict("Document " + documentId + " is withdrawn already");
        }
        store.withdraw(documentId, user.userId(), clock.instant(), reason);
        auditTrail.record(reference, "DOCUMENT_WITHDRAWN", document.kind() + " " + documentId, document.name(), null,
                reason);
    }

    /** Ties documents uploaded before to the message from abroad they came with. */
    @Transactional
    public void attachToMessage(RequestReference reference, List<Long> documentIds, long messageId) {
        if (documentIds == null || documentIds.isEmpty()) {
            return;
        }
        Request request = register.get(reference);
        if (store.linkToMessage(request.getId(), documentIds, messageId) != documentIds.size()) {
            throw ApiProblem.badRequest("documentIds",
                    "documentIds must name documents of this request that came with no other message");
        }
    }

    /** The names of the documents that came with a message, for the analyst's form. */
    @Transactional(readOnly = true)
    public List<String> namesForMessage(RequestReference reference, long messageId) {
        return store.list(register.get(reference).getId(), false).stream()
                .filter(document -> Long.valueOf(messageId).equals(document.messageId()))
                .map(document -> document.name() + " (" + document.kind() + ", " + document.language() + ")").toList();
    }

    /** What is attached now (not withdrawn, not superseded): what the completeness rules read. */
    @Transactional(readOnly = true)
    public Attached attached(RequestReference reference) {
        Set<DocumentKind> kinds = EnumSet.noneOf(DocumentKind.class);
        Set<String> translationLanguages = new java.util.HashSet<>();
        for (var row : store.current(register.get(reference).getId())) {
            DocumentKind kind = DocumentKind.valueOf((String) row.get("kind"));
            kinds.add(kind);
            if (kind == DocumentKind.TRANSLATION) {
                translationLanguages.add((String) row.get("language"));
            }
        }
        return new Attached(kinds, translationLanguages);
    }

    public record Attached(Set<DocumentKind> kinds, Set<String> translationLanguages) {

        /** Whether a translation into one of these languages is in the case file. */
        public boolean translatedIntoAnyOf(java.util.Collection<String> languages) {
            return languages.stream().anyMatch(translationLanguages::contains);
        }
    }

    private String detect(byte[] first, int length, String name) {
        // The content decides; the name only refines it (a .docx is a zip underneath), never overrides it.
        byte[] head = java.util.Arrays.copyOf(first, length);
        String type = tika.detect(head, name);
        if ("application/zip".equals(tika.detect(head)) && !OfficeContainers.fits(type, head)) {
            type = "application/zip"; // an archive named like an office document is still an archive
        }
        if (!settings.acceptedTypes().contains(type)) {
            throw new ApiProblem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
                    "Documents of type " + type + " are not accepted");
        }
        return type;
    }

    private static DocumentKind kindOf(String kind) {
        try {
            return DocumentKind.valueOf(String.valueOf(kind));
        } catch (IllegalArgumentException unknown) {
            throw ApiProblem.badRequest("kind", "kind must be one of " + java.util.Arrays.toString(DocumentKind.values()));
        }
    }

    /** Kept only to show and to offer on download: path parts and control characters go. */
    static String displayName(String original) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = "document";
        }
        return name.length() > MAX_NAME ? name.substring(name.length() - MAX_NAME) : name;
    }
}
