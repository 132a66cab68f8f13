package vn.hcmc.feedback.open311;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an Open311 POST whose Content-Length is above the attachments' request limit before the body is read,
 * with an Open311 error (413); the container's own limit would answer with the application's error page. A form
 * without attachments is bounded by the container's form limit.
 */
@Component
class Open311SizeLimitFilter extends OncePerRequestFilter {

    private final long maxBytes;
    private final Open311Writer writer;

    Open311SizeLimitFilter(@Value("${feedback.attachments.max-request-size}") DataSize max, Open311Writer writer) {
        this.maxBytes = max.toBytes();
        this.writer = writer;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"POST".equals(request.getMethod()) || !path.startsWith(Open311Controller.BASE + "/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length > maxBytes) {
            ResponseEntity<String> error = writer.error(Open311Format.ofPath(request.getRequestURI()),
                    HttpStatus.PAYLOAD_TOO_LARGE, "The request has " + length + " bytes; at most " + maxBytes
                            + " are accepted.");
            byte[] body = error.getBody().getBytes(StandardCharsets.UTF_8);
            response.setStatus(error.getStatusCode().value());
            response.setContentType(error.getHeaders().getContentType().toString());
            response.setContentLength(body.length);
            response.setHeader("Connection", "close");
            response.getOutputStream().write(body);
            return;
        }
        chain.doFilter(request, response);
    }
}
