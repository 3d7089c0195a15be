/**
 * The case file's documents: upload with the media type detected from the content, chunked storage with a checksum,
 * download, supersession, withdrawal, and the kinds attached for the completeness rules.
 */
package nl.rechtshulp.documents;
