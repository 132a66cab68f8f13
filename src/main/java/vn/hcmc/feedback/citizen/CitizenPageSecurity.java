package vn.hcmc.feedback.citizen;

import java.util.stream.Stream;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The citizens' page and its static files: open to all, no session, and a Content-Security-Policy that allows only
 * the application's own scripts and style sheets (no inline script or style, no eval), images from itself, the
 * photo previews (blob:) and the configured map tiles, and requests to itself alone.
 *
 * <p>CSRF: nothing on the page acts with an ambient credential. There is no session and no login cookie; a private
 * report is reached with its access token, which the page keeps in the link's fragment (never sent to the server
 * in the URL, nor in a Referer) and sends in the {@code X-Report-Token} header, which another site's form cannot
 * set. The {@code lang} cookie only chooses the language. Spring Security's CSRF filter would have nothing to
 * protect, so it is off here as on the public API.
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class CitizenPageSecurity {

    /** Static files of the page: its scripts and style sheet, and Leaflet from its WebJar. */
    static final String[] STATIC = {"/citizen/**", "/webjars/leaflet/**"};

    private final CitizenProperties map;

    CitizenPageSecurity(CitizenProperties map) {
        this.map = map;
    }

    /**
     * Before the catch-all chain of the Camunda webapps (order 3); it shares the public API's order (2) but none of
     * its paths.
     */
    @Bean
    @Order(2)
    SecurityFilterChain citizenPageChain(HttpSecurity http) throws Exception {
        return http
                .securityMatcher(Stream.concat(Stream.of(CitizenPages.PATHS), Stream.of(STATIC))
                        .toArray(String[]::new))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .logout(logout -> logout.disable())
                .anonymous(anonymous -> anonymous.disable())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(policy()))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny()))
                .build();
    }

    String policy() {
        String tiles = map.hasTiles() ? " " + map.tileOrigin() : "";
        return "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob:" + tiles
                + "; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    }
}
