package vn.hcmc.feedback.system;

import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpStatus;
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

    private ApiProblem() {
    }
}
