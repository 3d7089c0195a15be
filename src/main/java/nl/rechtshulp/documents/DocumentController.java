package nl.rechtshulp.documents;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import nl.rechtshulp.security.CurrentUsers;
import nl.rechtshulp.web.ApiProblem;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

@RestController
@RequestMapping("/api/requests/{reference}/documents")
@Tag(name = "Documents", description = "The case file: request letters, translations, legislation, warrants, evidence")
class DocumentController {

    private final Documents documents;
    private final CurrentUsers currentUsers;

    DocumentController(Documents documents, CurrentUsers currentUsers) {
        this.documents = documents;
        this.currentUsers = currentUsers;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Add a document (multipart: file, kind, language, datedOn, supersedes)")
    ResponseEntity<DocumentView> add(@PathVariable String reference, @RequestParam(required = false) MultipartFile file,
                                     @RequestParam(required = false) String kind,
                                     @RequestParam(required = false) String language,
                                     @RequestParam(required = false) String datedOn,
                                     @RequestParam(required = false) Long supersedes) {
        var user = currentUsers.currentWriter();
        if (file == null) {
            throw ApiProblem.badRequest("file", "file is required");
        }
        LocalDate dated;
        try {
            dated = datedOn == null || datedOn.isBlank() ? null : LocalDate.parse(datedOn);
        } catch (java.time.format.DateTimeParseException e) {
            throw ApiProblem.badRequest("datedOn", "datedOn must be a date (yyyy-mm-dd)");
        }
        try {
            DocumentView added = documents.add(reference, new Documents.Upload(kind, language, dated,
                    file.getOriginalFilename(), supersedes, file.getInputStream()), user);
            return ResponseEntity.created(URI.create("/api/requests/" + reference + "/documents/" + added.id()))
                    .body(added);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping
    @Operation(summary = "The request's documents, oldest first; withdrawn ones with all=true")
    List<DocumentView> list(@PathVariable String reference, @RequestParam(defaultValue = "false") boolean all) {
        return documents.list(reference, currentUsers.current(), all);
    }

    @GetMapping("/{documentId}")
    @Operation(summary = "Download a document with its original name and media type, after checking its checksum")
    ResponseEntity<StreamingResponseBody> download(@PathVariable String reference, @PathVariable long documentId) {
        DocumentView document = documents.openForDownload(reference, documentId, currentUsers.current());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.mediaType()))
                .contentLength(document.size())
                .eTag("\"" + document.sha256() + "\"")
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(document.name(), StandardCharsets.UTF_8).build().toString())
                .header("X-Checksum-SHA256", document.sha256())
                .body(out -> documents.copyContent(documentId, out));
    }

    @DeleteMapping("/{documentId}")
    @Operation(summary = "Withdraw a document, with a reason; its content stays for the record")
    ResponseEntity<Void> withdraw(@PathVariable String reference, @PathVariable long documentId,
                                  @RequestParam(required = false) String reason) {
        documents.withdraw(reference, documentId, reason, currentUsers.currentWriter());
        return ResponseEntity.noContent().build();
    }
}
