package vn.hcmc.feedback.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.hcmc.feedback.system.ApiProblem;

/**
 * Caps the size of requests to the public API before anything reads them: a JSON body above
 * {@code feedback.security.max-json-request-size}, or a multipart body above the attachment request limit, is
 * answered 413 with a problem detail. Requests without a declared length (chunked) are refused with 411, so the
 * limit cannot be walked around.
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
        if (length < 0 && request.getHeader("Transfer-Encoding") != null) {
            refuse(response, HttpStatus.LENGTH_REQUIRED, "length-required", "Thiếu độ dài / Length required",
                    "Send the request with a Content-Length header.");
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
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        objectMapper.writeValue(response.getOutputStream(), ApiProblem.problem(status, slug, title, detail, Map.of()));
    }
}
