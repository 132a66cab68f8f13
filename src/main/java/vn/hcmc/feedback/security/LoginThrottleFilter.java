package vn.hcmc.feedback.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.hcmc.feedback.system.ApiProblem;

/**
 * Puts every way of logging in through {@link LoginThrottle}: HTTP Basic credentials where they are checked (staff
 * API, staff pages, {@code /engine-rest}, metrics) and the webapps' login form ({@code POST
 * /camunda/api/admin/auth/user/{engine}/login/{app}}). A held attempt is answered 429 with {@code Retry-After}
 * before its password is checked; a 401 answer counts as a failure, any other answer as a success.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    /** Where HTTP Basic credentials are checked: the staff API and pages, the engine's REST API, the metrics. */
    private static final Pattern CHECKED = Pattern.compile("^/(?:api/staff|staff|engine-rest|actuator)(?:/|$)");
    private static final Pattern WEBAPP_LOGIN = Pattern.compile("^/camunda/api/admin/auth/user/[^/]+/login/[^/]+$");

    private final LoginThrottle throttle;
    private final ObjectMapper objectMapper;

    LoginThrottleFilter(LoginThrottle throttle, ObjectMapper objectMapper) {
        this.throttle = throttle;
        this.objectMapper = objectMapper;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String account = account(request);
        if (account == null) {
            chain.doFilter(request, response);
            return;
        }
        String address = request.getRemoteAddr();
        Duration hold = throttle.holdFor(address, account);
        if (!hold.isZero()) {
            long seconds = Math.max(1, (hold.toMillis() + 999) / 1000);
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            ApiProblem.write(response, objectMapper, HttpStatus.TOO_MANY_REQUESTS, "too-many-login-failures",
                    "Đăng nhập sai quá nhiều lần / Too many failed logins",
                    "Too many failed logins from this address; try again in " + seconds + " s. The account is not "
                            + "locked.");
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
            throttle.failed(address, account);
        } else if (response.getStatus() < 400) {
            throttle.succeeded(address, account);
        }
    }

    /**
     * The account a request logs in as, or null when it carries no credentials or goes where nobody checks them (a
     * Basic header on the public API would otherwise "succeed" and wipe the failures of its address).
     */
    private static String account(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String basic = basicUser(request);
        if (basic != null) {
            return CHECKED.matcher(path).find() ? basic : null;
        }
        if ("POST".equals(request.getMethod()) && WEBAPP_LOGIN.matcher(path).matches()) {
            String username = request.getParameter("username");
            return username == null ? "" : username;
        }
        return null;
    }

    /**
     * The user named by the request's HTTP Basic credentials (not yet checked), "" for malformed credentials (a
     * failed login of no account), null without any.
     */
    static String basicUser(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String credentials = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                    StandardCharsets.UTF_8);
            int colon = credentials.indexOf(':');
            return colon < 0 ? credentials : credentials.substring(0, colon);
        } catch (IllegalArgumentException notBase64) {
            return "";
        }
    }
}
