package vn.hcmc.feedback.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.hcmc.feedback.system.ApiProblem;

/**
 * A path with an empty segment ({@code //engine-rest/task}) is refused with a 400 problem detail before anything
 * parses it: Spring's request-path parsing fails on it with a 500 before Spring Security's firewall (whose other
 * refusals {@code SecurityConfig.requestRejectedHandler} answers) would see it.
 */
class NormalizedPathFilter extends OncePerRequestFilter {

    private final ObjectMapper objectMapper;

    NormalizedPathFilter(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getRequestURI().contains("//")) {
            ApiProblem.write(response, objectMapper, HttpStatus.BAD_REQUEST, "request-rejected",
                    "Địa chỉ không hợp lệ / Request rejected",
                    "The request's path has an empty segment ('//'); remove the extra slash.");
            return;
        }
        chain.doFilter(request, response);
    }
}
