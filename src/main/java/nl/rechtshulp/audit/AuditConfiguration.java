package nl.rechtshulp.audit;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration
@EnableScheduling
@EnableConfigurationProperties(AuditRetention.Settings.class)
class AuditConfiguration {

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
