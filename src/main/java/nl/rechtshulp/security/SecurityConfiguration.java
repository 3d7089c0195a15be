package nl.rechtshulp.security;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * HTTP Basic against the Camunda identity service for the product's API, the engine's REST API, the API docs and
 * the actuator (but for the liveness and readiness probes), and for the product's pages. The Camunda webapps under
 * {@code /camunda} keep their own login, session and CSRF protection; a user signed in there is signed in on the pages. A successful login is kept in the HTTP session, so clients that send the
 * session cookie back are not checked against the identity store on every call.
 */
@Configuration
class SecurityConfiguration {

    static final String SIGN_IN = "/camunda/app/welcome/default/";

    /**
     * No observation of Spring Security's own steps (the HTTP server's request metrics stay): switching them off by
     * name still wrapped each of the chain's filters in an observing filter, made anew on every call.
     */
    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** Spring Security's chain without the per-call lookup of Spring MVC's handler, which nothing here reads. */
    @Bean
    static WithoutHandlerLookupCache withoutHandlerLookupCache() {
        return new WithoutHandlerLookupCache();
    }

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, CamundaIdentityAuthenticationProvider provider,
                                    @org.springframework.context.annotation.Lazy IdentityService identityService) throws Exception {
        var sessionContext = new HttpSessionSecurityContextRepository();
        // Path patterns, not MVC matchers: /engine-rest is Jersey's servlet, not Spring MVC's.
        var paths = PathPatternRequestMatcher.withDefaults();
        http.securityMatcher(new OrRequestMatcher(paths.matcher("/api/**"), paths.matcher("/engine-rest/**"),
                        paths.matcher("/actuator/**"), paths.matcher("/swagger-ui/**"), paths.matcher("/swagger-ui.html"),
                        paths.matcher("/v3/api-docs/**"), paths.matcher("/audit/**"),
                        paths.matcher("/requests"), paths.matcher("/requests/**"), paths.matcher("/dashboard"),
                        paths.matcher("/audit"), paths.matcher("/reference/**"), paths.matcher("/logout")))
                .authenticationProvider(provider)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(paths.matcher("/actuator/health/liveness"),
                                paths.matcher("/actuator/health/readiness")).permitAll()
                        .requestMatchers(paths.matcher(org.springframework.http.HttpMethod.GET, "/api/navigation")).permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.securityContextRepository(sessionContext)
                        .authenticationEntryPoint(new ProblemAuthenticationEntryPoint()))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(new ProblemAuthenticationEntryPoint()))
                .securityContext(context -> context.securityContextRepository(sessionContext))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
                // Basic-authenticated API clients; the session cookie is SameSite=Lax (application.yml), and writes
                // from other sites' pages are refused by their origin.
                .csrf(csrf -> csrf.disable())
                .addFilterBefore(new SameOriginWriteFilter(),
                        org.springframework.security.web.authentication.www.BasicAuthenticationFilter.class)
                .addFilterAfter(new WebappSessionAuthenticationFilter(identityService),
                        org.springframework.security.web.authentication.www.BasicAuthenticationFilter.class)
                // Signing out ends the session the pages share with the Tasklist, and leads to its login.
                .logout(logout -> logout.logoutRequestMatcher(
                        paths.matcher(org.springframework.http.HttpMethod.POST, "/logout")).logoutSuccessUrl(SIGN_IN));
        return http.build();
    }

    /** Everything else (the webapps, their static files, the start page) is guarded by the webapps themselves. */
    @Bean
    SecurityFilterChain webappSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
        return http.build();
    }

    /**
     * The engine learns who calls its REST API from the login Spring Security has checked, and applies its
     * authorizations. The product's own API decides access through the register and drives the engine as itself.
     */
    @Bean
    FilterRegistrationBean<EngineAuthenticationFilter> engineAuthentication(IdentityService identityService) {
        var registration = new FilterRegistrationBean<>(new EngineAuthenticationFilter(identityService));
        registration.addUrlPatterns("/engine-rest/*");
        // Before the product's task completion endpoint, which runs last before Jersey.
        registration.setOrder(org.springframework.core.Ordered.LOWEST_PRECEDENCE - 10);
        registration.setName("engineAuthentication");
        return registration;
    }
}
