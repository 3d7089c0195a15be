package nl.rechtshulp.referencedata;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Where the treaty register's files are: the copy in the application, or a lawyer's corrected copy on disk. */
@ConfigurationProperties("rechtshulp.treaty-register")
record TreatyRegisterSettings(@DefaultValue("classpath:treaty-register/") String location) {
}
