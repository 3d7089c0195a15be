package nl.rechtshulp.documents;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(DocumentSettings.class)
class DocumentsConfiguration {
}
