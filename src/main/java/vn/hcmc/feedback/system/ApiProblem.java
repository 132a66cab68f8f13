package vn.hcmc.feedback.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * RFC 9457 problem details of the web layer, with a stable {@code type} per cause
 * ({@code urn:feedback:problem:<slug>}). Services throw a {@link Refusal}; {@link ApiProblemHandler} renders it.
 */
public final class ApiProblem {

    public static final String TYPE_PREFIX = "urn:feedback:problem:";

    public static URI type(String slug) {
        return URI.create(TYPE_PREFIX + slug);
    }

    public static ProblemDetail problem(HttpStatus status, String slug, String title, String detail,
                                        Map<String, Object> properties) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type(slug));
        problem.setTitle(title);
        properties.forEach(problem::setProperty);
        return problem;
    }

    /** Writes the problem as the response, for filters that answer before any controller. */
    public static void write(HttpServletResponse response, ObjectMapper objectMapper, HttpStatus status, String slug,
                             String title, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        objectMapper.writeValue(response.getOutputStream(), problem(status, slug, title, detail, Map.of()));
    }

    private ApiProblem() {
    }
}
