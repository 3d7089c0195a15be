/**
 * Letters the product writes (an EIO's acknowledgement today): a Thymeleaf template rendered to PDF with
 * openhtmltopdf, with bidirectional text and Arabic shaping, in the fonts the machine provides.
 */
package nl.rechtshulp.letters;
