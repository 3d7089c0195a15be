package nl.rechtshulp.request;

/**
 * The legal basis as recorded with a request: the instruments named, their sources, why they apply (or why none
 * does), and whether every fact behind it is confirmed. Without a basis {@code legalBasis} says so in words.
 */
public record LegalBasisRecord(String legalBasis, String source, String explanation, boolean confirmed) {
}
