package nl.rechtshulp.request;

/** Kinds of documents in a case file; completeness rules name the kinds a requested state needs. */
public enum DocumentKind {
    REQUEST_LETTER, TRANSLATION, CERTIFIED_LEGISLATION, WARRANT, JUDGMENT, ASSURANCE, CORRESPONDENCE, EVIDENCE,
    /** A letter the product wrote, such as an EIO's acknowledgement of receipt (Annex B). */
    ACKNOWLEDGEMENT, OTHER
}
