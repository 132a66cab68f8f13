package vn.hcmc.feedback.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Sends the answers to the citizens' POSTs ({@code POST /api/reports}, survey answers, ratings: a small JSON document
 * or a problem detail) with a {@code Content-Length}, in one piece. Without it, the JSON converter's flush commits
 * the answer early as a chunked response, whose last chunk follows in a second write, so that every client waits
 * for two packets and the server writes twice (seen in the intake benchmark's profile). Staff calls and downloads
 * (GET) are left as they are.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class ContentLengthFilter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"POST".equals(request.getMethod()) || !path.startsWith("/api/") || path.startsWith("/api/staff/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper whole = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, whole);
        } finally {
            whole.copyBodyToResponse();
        }
    }
}
