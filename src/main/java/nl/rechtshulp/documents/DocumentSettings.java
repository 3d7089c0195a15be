package nl.rechtshulp.documents;

import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * What the case file accepts: the largest document, and the media types (detected from the content) it stores.
 * Executables, archives and scripts are not among them.
 */
@ConfigurationProperties("rechtshulp.documents")
record DocumentSettings(DataSize maxSize, Set<String> acceptedTypes) {
}
