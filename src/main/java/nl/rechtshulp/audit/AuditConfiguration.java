package nl.rechtshulp.audit;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration
@EnableScheduling
@EnableConfigurationProperties({AuditRetention.Settings.class, AuditSealSettings.class})
class AuditConfiguration {

    /**
     * The sealing keys from outside the database; without them the application does not start, except in demo mode,
     * which seals with a published demo key.
     */
    @Bean
    AuditKeys auditKeys(AuditSealSettings settings, @Value("${rechtshulp.security.demo:false}") boolean demo)
            throws java.io.IOException {
        String keys = settings.keys();
        if ((keys == null || keys.isBlank()) && settings.keysFile() != null && !settings.keysFile().isBlank()) {
            keys = java.nio.file.Files.readString(java.nio.file.Path.of(settings.keysFile())).trim();
        }
        if (keys == null || keys.isBlank()) {
            if (!demo) {
                throw new IllegalStateException("The audit trail is sealed with a key the database does not hold: set "
                        + "RH_AUDIT_KEYS (id:base64 of at least 32 bytes) or RH_AUDIT_KEYS_FILE");
            }
            keys = AuditKeys.DEMO_KEYS;
        }
        if (!demo && (settings.checkpoints() == null || settings.checkpoints().isBlank())) {
            throw new IllegalStateException("The audit checkpoints go to a directory outside the database that every "
                    + "node shares: set RH_AUDIT_CHECKPOINTS");
        }
        return AuditKeys.parse(keys, settings.currentKey());
    }

    /** After Spring Security, so it knows the user of the API doors; the webapps' user comes from their session. */
    @Bean
    FilterRegistrationBean<RefusedAccessAuditFilter> refusedAccessAudit(AuditTrail trail) {
        var registration = new FilterRegistrationBean<>(new RefusedAccessAuditFilter(trail));
        registration.addUrlPatterns("/api/*", "/engine-rest/*", "/camunda/api/*");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        registration.setName("refusedAccessAudit");
        return registration;
    }
}
