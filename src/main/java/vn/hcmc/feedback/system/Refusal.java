package vn.hcmc.feedback.system;

import java.util.Map;

/**
 * Why a service refuses a request, in the domain's terms: what was wrong ({@link Reason}), a stable slug per cause
 * (the problem type {@code urn:feedback:problem:<slug>}), a bilingual title and a detail. Services throw it and know
 * nothing of HTTP; the web layer maps it once to a problem detail ({@link ApiProblemHandler}), and a Tasklist form
 * shows its detail under the form (see {@code engine.RefusalsInTasklist}, which unwraps it from the engine).
 */
public class Refusal extends RuntimeException {

    /** What kind of refusal; {@link ApiProblemHandler#status} is the one place that gives each an HTTP status. */
    public enum Reason {
        INVALID, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, TOO_LARGE, UNSUPPORTED_TYPE, UNPROCESSABLE,
        TOO_MANY_REQUESTS, UNAVAILABLE
    }

    /** A property of a {@link Reason#TOO_MANY_REQUESTS} refusal: the seconds to wait, sent as Retry-After. */
    public static final String RETRY_AFTER_SECONDS = "retryAfterSeconds";

    private final Reason reason;
    private final String slug;
    private final String title;
    private final Map<String, Object> properties;

    public Refusal(Reason reason, String slug, String title, String detail) {
        this(reason, slug, title, detail, Map.of());
    }

    public Refusal(Reason reason, String slug, String title, String detail, Map<String, Object> properties) {
        super(detail);
        this.reason = reason;
        this.slug = slug;
        this.title = title;
        this.properties = Map.copyOf(properties);
    }

    public Reason reason() {
        return reason;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public Map<String, Object> properties() {
        return properties;
    }

    public static Refusal notFound(String slug, String detail) {
        return new Refusal(Reason.NOT_FOUND, slug, "Không tìm thấy / Not found", detail);
    }

    public static Refusal conflict(String slug, String detail) {
        return new Refusal(Reason.CONFLICT, slug, "Xung đột trạng thái / Conflict", detail);
    }

    public static Refusal forbidden(String slug, String detail) {
        return new Refusal(Reason.FORBIDDEN, slug, "Không có quyền / Forbidden", detail);
    }

    public static Refusal invalid(String slug, String detail) {
        return new Refusal(Reason.INVALID, slug, "Yêu cầu không hợp lệ / Bad request", detail);
    }
}
