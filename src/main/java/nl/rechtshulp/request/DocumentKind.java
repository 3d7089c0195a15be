package nl.rechtshulp.request;

/** Kinds of documents in a case file; completeness rules name the kinds a requested state needs. */
public enum DocumentKind {
    REQUEST_LETTER, TRANSLATION, CERTIFIED_LEGISLATION, WARRANT, JUDGMENT, ASSURANCE, CORRESPONDENCE, EVIDENCE, OTHER
}
