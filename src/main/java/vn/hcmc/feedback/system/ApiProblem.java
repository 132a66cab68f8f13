package vn.hcmc.feedback.system;

import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A failure to report to a client as an RFC 9457 problem detail, with a stable {@code type} per cause
 * ({@code urn:feedback:problem:<slug>}). Services throw it; {@link ApiProblemHandler} renders it.
 */
public class ApiProblem extends RuntimeException {

    public static final String TYPE_PREFIX = "urn:feedback:problem:";

    private final HttpStatus status;
    private final String slug;
    private final String title;
    private final Map<String, Object> properties;

    public ApiProblem(HttpStatus status, String slug, String title, String detail) {
        this(status, slug, title, detail, Map.of());
    }

    public ApiProblem(HttpStatus status, String slug, String title, String detail, Map<String, Object> properties) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.properties = Map.copyOf(properties);
    }

    public HttpStatus status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public ProblemDetail toProblemDetail() {
        return problem(status, slug, title, getMessage(), properties);
    }

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

    public static ApiProblem notFound(String slug, String detail) {
        return new ApiProblem(HttpStatus.NOT_FOUND, slug, "Không tìm thấy / Not found", detail);
    }

    public static ApiProblem conflict(String slug, String detail) {
        return new ApiProblem(HttpStatus.CONFLICT, slug, "Xung đột trạng thái / Conflict", detail);
    }

    public static ApiProblem forbidden(String slug, String detail) {
        return new ApiProblem(HttpStatus.FORBIDDEN, slug, "Không có quyền / Forbidden", detail);
    }

    public static ApiProblem badRequest(String slug, String detail) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, slug, "Yêu cầu không hợp lệ / Bad request", detail);
    }
}
