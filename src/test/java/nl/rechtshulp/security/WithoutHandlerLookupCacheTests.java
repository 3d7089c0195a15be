package nl.rechtshulp.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.Filter;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.context.support.AnnotationConfigWebApplicationContext;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;

/** In a Spring MVC application, Spring Security's chain runs without its per-call handler lookup. */
class WithoutHandlerLookupCacheTests {

    @Configuration
    @EnableWebMvc
    @EnableWebSecurity
    static class WebSecurity {
        @Bean
        SecurityFilterChain everythingAuthenticated(HttpSecurity http) throws Exception {
            return http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .httpBasic(basic -> { }).build();
        }
    }

    @Configuration
    static class Unwrapped {
        @Bean
        static WithoutHandlerLookupCache withoutHandlerLookupCache() {
            return new WithoutHandlerLookupCache();
        }
    }

    @Test
    void springSecurityWrapsItsChainInTheHandlerLookupWhenLeftAlone() {
        try (var context = start(WebSecurity.class)) {
            Filter chain = context.getBean(WithoutHandlerLookupCache.CHAIN, Filter.class);

            assertThat(chain.getClass().getName()).endsWith("WebMvcSecurityConfiguration$CompositeFilterChainProxy");
        }
    }

    @Test
    void theChainIsSpringSecuritysOwnAndStillRefusesAnAnonymousCall() throws Exception {
        try (var context = start(WebSecurity.class, Unwrapped.class)) {
            Filter chain = context.getBean(WithoutHandlerLookupCache.CHAIN, Filter.class);
            assertThat(chain.getClass().getName()).doesNotContain("WebMvcSecurityConfiguration");

            var response = new MockHttpServletResponse();
            chain.doFilter(new MockHttpServletRequest("GET", "/api/requests"), response, new MockFilterChain());

            assertThat(response.getStatus()).isEqualTo(401);
        }
    }

    private static AnnotationConfigWebApplicationContext start(Class<?>... configurations) {
        var context = new AnnotationConfigWebApplicationContext();
        context.setServletContext(new MockServletContext());
        context.register(configurations);
        context.refresh();
        return context;
    }
}
