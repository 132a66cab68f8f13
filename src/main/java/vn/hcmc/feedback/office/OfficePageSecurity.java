package vn.hcmc.feedback.office;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import vn.hcmc.feedback.citizen.CitizenProperties;
import vn.hcmc.feedback.security.WebappSessionLogin;

/**
 * The staff report view and its static files. An official is the one logged in to the Camunda webapps (Tasklist's
 * session, read by {@link WebappSessionLogin}), or sends HTTP Basic with their Camunda account (scripts, tests);
 * nobody else gets past: without a login the page answers 401 with a link to Tasklist's login, and no
 * {@code WWW-Authenticate} header, so the browser never pops up a second login. The page checks the groups itself
 * (403 for another unit's official).
 *
 * <p>The pages are GETs with the session cookie (SameSite=Lax, as the webapps set it); the one form that changes
 * something, the answer's evidence upload, carries Spring Security's CSRF token (kept in the same session). The
 * policy allows the application's own scripts and styles only, images from itself and the configured map tiles,
 * and framing by the application itself (Tasklist's tab "Hồ sơ / Case" frames the page).
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class OfficePageSecurity {

    static final String[] PATHS = {"/staff/reports/**", "/staff/surveys/**", "/staff/tasks/**", "/staff/insight/**",
        "/staff/assets/**"};

    private final CitizenProperties map;

    OfficePageSecurity(CitizenProperties map) {
        this.map = map;
    }

    /** Before the administrators' staff pages (order 0), whose {@code /staff/**} would otherwise take these paths. */
    @Bean
    @Order(-1)
    SecurityFilterChain officePages(HttpSecurity http, AuthenticationManager authenticationManager) throws Exception {
        return http
                .securityMatcher(PATHS)
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/staff/assets/**").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(new TasklistLoginEntryPoint()))
                .addFilterAfter(new WebappSessionLogin(), BasicAuthenticationFilter.class)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(new TasklistLoginEntryPoint()))
                // the Camunda webapps' session is only read: no session fixation (its id must not change under
                // Tasklist), no security context stored in it
                .sessionManagement(session -> session.disable())
                .requestCache(cache -> cache.disable())
                .logout(logout -> logout.disable())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(policy()))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.sameOrigin()))
                .build();
    }

    String policy() {
        String tiles = map.hasTiles() ? " " + map.tileOrigin() : "";
        return "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:" + tiles
                + "; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'self'";
    }
}
