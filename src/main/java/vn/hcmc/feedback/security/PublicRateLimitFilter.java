package vn.hcmc.feedback.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.hcmc.feedback.system.ApiProblem;
import vn.hcmc.feedback.system.Refusal;

/**
 * Puts the public writes and lookups through {@link RateLimits}, per client address, before anything reads the
 * request: reports, the citizen's answers to the unit and ratings ({@link RateLimits.Kind#REPORT_WRITES}); survey
 * answers ({@link RateLimits.Kind#SURVEY_ANSWERS}); a report looked up by its code, as JSON or page
 * ({@link RateLimits.Kind#LOOKUPS}). Open311 takes the same allowances in its controller, so that its refusals come
 * in the Open311 error format. Lists (units, categories, the answer feed) are not limited.
 */
class PublicRateLimitFilter extends OncePerRequestFilter {

    private static final Pattern REPORT_WRITE = Pattern.compile(
            "^/api/reports(?:/[^/]+/(?:information|rating))?/?$");
    private static final Pattern SURVEY_ANSWER = Pattern.compile("^/api/surveys/[^/]+/(?:answers|phone-codes)/?$");
    private static final Pattern LOOKUP = Pattern.compile(
            "^/api/reports/[^/]+(?:/timeline)?/?$|^/reports/[^/]+$|^/follow$");

    private final RateLimits limits;
    private final ObjectMapper objectMapper;

    PublicRateLimitFilter(RateLimits limits, ObjectMapper objectMapper) {
        this.limits = limits;
        this.objectMapper = objectMapper;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        RateLimits.Kind kind = kind(request);
        if (kind != null) {
            try {
                limits.take(kind, request.getRemoteAddr());
            } catch (Refusal refused) {
                response.setHeader(HttpHeaders.RETRY_AFTER,
                        String.valueOf(refused.properties().get(Refusal.RETRY_AFTER_SECONDS)));
                ApiProblem.write(response, objectMapper, HttpStatus.TOO_MANY_REQUESTS, refused.slug(),
                        refused.title(), refused.getMessage());
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static RateLimits.Kind kind(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String method = request.getMethod();
        if ("POST".equals(method)) {
            if (REPORT_WRITE.matcher(path).matches()) {
                return RateLimits.Kind.REPORT_WRITES;
            }
            if (SURVEY_ANSWER.matcher(path).matches()) {
                return RateLimits.Kind.SURVEY_ANSWERS;
            }
        } else if ("GET".equals(method) && LOOKUP.matcher(path).matches()) {
            return RateLimits.Kind.LOOKUPS;
        }
        return null;
    }
}
