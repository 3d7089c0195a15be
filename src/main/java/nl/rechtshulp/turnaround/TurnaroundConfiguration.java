package nl.rechtshulp.turnaround;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(TurnaroundSettings.class)
class TurnaroundConfiguration {
}
