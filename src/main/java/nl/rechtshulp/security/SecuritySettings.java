package nl.rechtshulp.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param demo          seed the demo groups and users (password {@code demo}) and {@code admin}/{@code admin}
 * @param adminPassword the administrator's password outside demo mode ({@code RH_ADMIN_PASSWORD}); required there
 */
@ConfigurationProperties("rechtshulp.security")
public record SecuritySettings(boolean demo, String adminPassword) {
}
