package nl.rechtshulp.turnaround;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** When to warn: the share of the time to the target that may pass first (0.8: at 80%). */
@ConfigurationProperties("rechtshulp.turnaround")
record TurnaroundSettings(@DefaultValue("0.8") double warningShare) {
}
