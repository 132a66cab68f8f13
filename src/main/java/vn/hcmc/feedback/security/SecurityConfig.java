package vn.hcmc.feedback.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import vn.hcmc.feedback.directory.CityGroups;
import vn.hcmc.feedback.system.ApiProblem;

/**
 * Who may reach what.
 * <ul>
 *   <li>{@code /engine-rest/**}: Camunda's own HTTP Basic filter against Camunda identity, so that every call runs
 *       as the caller and Camunda authorizations apply; 401 without credentials.</li>
 *   <li>{@code /camunda/**}: Tasklist, Cockpit and Admin, which log in and check authorizations themselves.</li>
 *   <li>{@code /api/staff/**}: officials, HTTP Basic with their Camunda account.</li>
 *   <li>{@code /staff/reports/**}: the staff report view, with the Tasklist login (the webapps' session, see
 *       {@link WebappSessionLogin}) or HTTP Basic; its own chain in {@code office.OfficePageSecurity}.</li>
 *   <li>{@code /staff/**}: other server-rendered staff pages (the demo mail catcher's), administrators only (Camunda group
 *       camunda-admin), HTTP Basic with their Camunda account; a strict Content-Security-Policy (no scripts).</li>
 *   <li>{@code /api/**}: the citizens' public API, open to all, no session; request sizes are limited.</li>
 *   <li>{@code /open311/**}: Open311 GeoReport v2, open to all like the public API (a POST needs the client
 *       application's api_key, checked by the endpoint), no session.</li>
 *   <li>Actuator: health and info for all, metrics for managers.</li>
 * </ul>
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfig {

    static final String ENGINE_REST = "/engine-rest/*";

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("camunda-engine-rest-authentication");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns(ENGINE_REST);
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 1);
        return registration;
    }

    /**
     * A request the firewall refuses (a path with {@code //}, {@code ;} or encoded slashes) is a 400 problem
     * detail, not the container's 500.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler(ObjectMapper objectMapper) {
        return (request, response, rejected) -> ApiProblem.write(response, objectMapper, HttpStatus.BAD_REQUEST,
                "request-rejected", "Địa chỉ không hợp lệ / Request rejected",
                "The request's address is not accepted: " + rejected.getMessage());
    }

    @Bean
    FilterRegistrationBean<NormalizedPathFilter> normalizedPathFilter(ObjectMapper objectMapper) {
        var registration = new FilterRegistrationBean<>(new NormalizedPathFilter(objectMapper));
        registration.setName("feedback-normalized-path");
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }

    /** The Camunda webapps' pages without the Camunda version (see {@link WebappVersionFilter}). */
    @Bean
    FilterRegistrationBean<WebappVersionFilter> webappVersionFilter(
            org.springframework.beans.factory.ObjectProvider<org.springframework.boot.info.BuildProperties> build) {
        var info = build.getIfAvailable();
        var registration = new FilterRegistrationBean<>(new WebappVersionFilter(info == null ? "development"
                : info.getVersion() + "@" + info.getTime()));
        registration.setName("feedback-webapp-version");
        registration.addUrlPatterns("/camunda/app/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
        return registration;
    }

    /** Public writes and lookups per client address, before anything reads them (see {@link RateLimits}). */
    @Bean
    FilterRegistrationBean<PublicRateLimitFilter> publicRateLimitFilter(RateLimits limits,
                                                                       ObjectMapper objectMapper) {
        var registration = new FilterRegistrationBean<>(new PublicRateLimitFilter(limits, objectMapper));
        registration.setName("feedback-public-rate-limits");
        registration.addUrlPatterns("/api/*", "/reports/*", "/follow");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    /** Every login, before Spring Security and Camunda check the password (see {@link LoginThrottle}). */
    @Bean
    FilterRegistrationBean<LoginThrottleFilter> loginThrottleFilter(LoginThrottle throttle, ObjectMapper objectMapper) {
        var registration = new FilterRegistrationBean<>(new LoginThrottleFilter(throttle, objectMapper));
        registration.setName("feedback-login-throttle");
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /**
     * After the caller is known (the filter above for {@code /engine-rest}, the webapps' own authentication for their
     * engine API): completions carry only the form's fields, comments and attachments only by who may work the task.
     */
    @Bean
    FilterRegistrationBean<EngineWriteGuard> engineWriteGuard(IdentityService identityService,
                                                              TaskService taskService, TaskForms taskForms,
                                                              ObjectMapper objectMapper) {
        var registration = new FilterRegistrationBean<>(new EngineWriteGuard(identityService, taskService, taskForms,
                objectMapper));
        registration.setName("feedback-engine-write-guard");
        registration.addUrlPatterns(ENGINE_REST, EngineWriteGuard.ENGINE_API);
        registration.setOrder(Ordered.LOWEST_PRECEDENCE);
        registration.setMatchAfter(true);
        return registration;
    }

    /**
     * No Micrometer observation around each security filter, authentication and authorization: with the actuator on
     * the classpath Spring Security otherwise opens and closes an observation for every filter of every request
     * (about 15% of the server's CPU per public API call in the survey benchmark). Request metrics
     * ({@code http.server.requests}) are unaffected.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    AuthenticationManager authenticationManager(CamundaIdentityAuthenticationProvider provider) {
        return new ProviderManager(provider);
    }

    /** Staff API and metrics: HTTP Basic against Camunda identity, no session, no CSRF (no cookies involved). */
    @Bean
    @Order(1)
    SecurityFilterChain staffApi(HttpSecurity http, AuthenticationManager authenticationManager) throws Exception {
        return http
                .securityMatcher("/api/staff/**", "/actuator/**")
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(EndpointRequest.to("health")).permitAll()
                        // the build's name and version are not for anonymous visitors
                        .requestMatchers(EndpointRequest.to("info", "prometheus"))
                        .hasAnyAuthority(group(CityGroups.MANAGERS), group(CityGroups.CAMUNDA_ADMIN))
                        .requestMatchers("/actuator/**").denyAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName("Citizen Feedback Engine"))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(API_POLICY)))
                .build();
    }

    /** JSON answers are never a page: nothing loads from them, nothing frames them. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    /**
     * Camunda's REST API: authenticated by Camunda's own filter ({@link #engineRestAuthentication}); here only the
     * headers of a JSON API (the webapps, with their own policy, are in the last chain).
     */
    @Bean
    @Order(3)
    SecurityFilterChain engineRest(HttpSecurity http) throws Exception {
        return http
                // a path matcher, not the MVC one: /engine-rest is Jersey's servlet, not Spring MVC's
                .securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/engine-rest/**"))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(API_POLICY)))
                .build();
    }

    /**
     * Staff pages: HTTP Basic against Camunda identity like the staff API (401 without credentials), administrators
     * only (403 for other officials), no session. The pages are read-only and carry no script: the policy allows
     * only their own style sheet.
     */
    @Bean
    @Order(0)
    SecurityFilterChain staffPages(HttpSecurity http, AuthenticationManager authenticationManager) throws Exception {
        return http
                .securityMatcher("/staff/**")
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(auth -> auth.anyRequest().hasAuthority(group(CityGroups.CAMUNDA_ADMIN)))
                .httpBasic(basic -> basic.realmName("Citizen Feedback Engine"))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(STAFF_PAGE_POLICY))
                        .frameOptions(frame -> frame.deny()))
                .build();
    }

    static final String STAFF_PAGE_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /**
     * The citizens' public API: nobody logs in, so no session, no saved request, no logout and no anonymous
     * authentication object per request (each was work on every answer of a survey); the security headers stay.
     */
    @Bean
    @Order(2)
    SecurityFilterChain publicApi(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/api/**", "/open311/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .logout(logout -> logout.disable())
                .anonymous(anonymous -> anonymous.disable())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(API_POLICY)))
                .build();
    }

    /**
     * Everything else: the public page, and the Camunda webapps and REST API, which authenticate and protect
     * themselves (the webapps with their own login and CSRF token, the REST API with the filter above).
     */
    @Bean
    @Order(4)
    SecurityFilterChain publicAndCamunda(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
                .build();
    }

    static String group(String groupId) {
        return CamundaIdentityAuthenticationProvider.GROUP_AUTHORITY_PREFIX + groupId;
    }
}
