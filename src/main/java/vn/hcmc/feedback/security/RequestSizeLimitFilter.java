package vn.hcmc.feedback.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.hcmc.feedback.system.ApiProblem;

/**
 * Caps the size of requests to the public API before anything reads them: a JSON body above
 * {@code feedback.security.max-json-request-size}, or a multipart body above the attachment request limit, is
 * answered 413 with a problem detail. A JSON body sent without a declared length (chunked) is read up to the limit
 * and answered 413 beyond it; a chunked multipart body is bounded by the servlet's multipart limits.
 */
@Component
class RequestSizeLimitFilter extends OncePerRequestFilter {

    private final long maxJsonBytes;
    private final long maxMultipartBytes;
    private final ObjectMapper objectMapper;

    RequestSizeLimitFilter(@Value("${feedback.security.max-json-request-size}") DataSize maxJson,
                           @Value("${feedback.attachments.max-request-size}") DataSize maxMultipart,
                           ObjectMapper objectMapper) {
        this.maxJsonBytes = maxJson.toBytes();
        this.maxMultipartBytes = maxMultipart.toBytes();
        this.objectMapper = objectMapper;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String method = request.getMethod();
        return !path.startsWith("/api/") || "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        boolean multipart = contentType != null && contentType.toLowerCase().startsWith("multipart/");
        long limit = multipart ? maxMultipartBytes : maxJsonBytes;
        long length = request.getContentLengthLong();
        if (length < 0 && !multipart) {
            byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (body.length > limit) {
                refuse(response, HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large",
                        "Yêu cầu quá lớn / Payload too large", "The request has more than " + limit
                                + " bytes; at most " + limit + " are accepted here.");
                return;
            }
            chain.doFilter(new BufferedBodyRequest(request, body), response);
            return;
        }
        if (length > limit) {
            refuse(response, HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", "Yêu cầu quá lớn / Payload too large",
                    "The request has " + length + " bytes; at most " + limit + " are accepted here.");
            return;
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletResponse response, HttpStatus status, String slug, String title, String detail)
            throws IOException {
        ApiProblem.write(response, objectMapper, status, slug, title, detail);
    }
}
