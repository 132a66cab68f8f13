package vn.hcmc.feedback.system;

import java.util.List;
import java.util.Map;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.apache.tomcat.util.http.fileupload.impl.FileCountLimitExceededException;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the project's own APIs as a problem detail with a stable type, including those that come before any
 * controller is chosen (405, 415, a multipart request the container refuses to parse). Open311 has its own format
 * ({@code open311/Open311ErrorHandler}, ordered first).
 */
@RestControllerAdvice
public class ApiProblemHandler extends ResponseEntityExceptionHandler {

    @ExceptionHandler(Refusal.class)
    ResponseEntity<ProblemDetail> refusal(Refusal refusal) {
        HttpStatus status = status(refusal.reason());
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(status);
        Object retryAfter = refusal.properties().get(Refusal.RETRY_AFTER_SECONDS);
        if (retryAfter != null) {
            answer.header(HttpHeaders.RETRY_AFTER, retryAfter.toString());
        }
        return answer.body(ApiProblem.problem(status, refusal.slug(), refusal.title(), refusal.getMessage(),
                refusal.properties()));
    }

    /** The one place where a domain refusal becomes an HTTP status. */
    public static HttpStatus status(Refusal.Reason reason) {
        return switch (reason) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case TOO_LARGE -> HttpStatus.PAYLOAD_TOO_LARGE;
            case UNSUPPORTED_TYPE -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_ENTITY;
            case TOO_MANY_REQUESTS -> HttpStatus.TOO_MANY_REQUESTS;
            case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
        };
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, Object>> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(ApiProblemHandler::describe).toList();
        String detail = errors.stream().map(e -> e.get("field") + ": " + e.get("message"))
                .reduce((a, b) -> a + "; " + b).orElse("invalid request");
        return ResponseEntity.badRequest().body(ApiProblem.problem(HttpStatus.BAD_REQUEST, "validation-failed",
                "Dữ liệu không hợp lệ / Invalid data", detail, Map.of("errors", errors)));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(ApiProblem.problem(HttpStatus.BAD_REQUEST, "malformed-request",
                "Yêu cầu không đọc được / Malformed request",
                "The request body is not valid JSON of the expected shape: " + rootMessage(ex), Map.of()));
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(multipartProblem(ex));
    }

    /**
     * A multipart request the container would not parse (Tomcat refuses it before any controller): too many parts,
     * a part header or file name too long, a file name with NUL, a broken body.
     */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> multipart(MultipartException ex) {
        ProblemDetail problem = multipartProblem(ex);
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    private static ProblemDetail multipartProblem(MultipartException ex) {
        Throwable root = ex;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof InvalidFileNameException) {
            return ApiProblem.problem(HttpStatus.BAD_REQUEST, "invalid-file-name",
                    "Tên tệp không hợp lệ / Invalid file name", "A file name holds a control character (such as "
                            + "NUL); rename the file and send it again.", Map.of());
        }
        if (root instanceof FileCountLimitExceededException) {
            return ApiProblem.problem(HttpStatus.PAYLOAD_TOO_LARGE, "too-many-parts",
                    "Quá nhiều tệp / Too many parts", "The request has more parts than accepted: send the report "
                            + "with at most the allowed number of files.", Map.of());
        }
        if (root instanceof SizeException || ex instanceof MaxUploadSizeExceededException) {
            return ApiProblem.problem(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large",
                    "Tệp quá lớn / Payload too large", "A part of the upload, or one of its headers (such as a "
                            + "very long file name), is larger than allowed: " + rootMessage(ex), Map.of());
        }
        return ApiProblem.problem(HttpStatus.BAD_REQUEST, "malformed-multipart",
                "Yêu cầu không đọc được / Malformed request",
                "The multipart body could not be read: " + rootMessage(ex), Map.of());
    }

    private static final java.util.regex.Pattern API = java.util.regex.Pattern.compile(
            "^/(?:api|open311|engine-rest|camunda|actuator|v3|swagger-ui)(?:/|\\.|$)");

    private final org.thymeleaf.ITemplateEngine templates;

    public ApiProblemHandler(org.thymeleaf.ITemplateEngine templates) {
        this.templates = templates;
    }

    /**
     * A browser asking for a page (not an API) that does not exist, or with a method a page does not take, gets a
     * page in both languages with the status, not a problem detail.
     */
    private ResponseEntity<Object> page(HttpStatusCode status, WebRequest request) {
        boolean notFound = status.value() == 404;
        org.thymeleaf.context.Context context = new org.thymeleaf.context.Context();
        context.setVariable("status", status.value());
        context.setVariable("titleVi", notFound ? "Không tìm thấy trang" : "Không thực hiện được yêu cầu");
        context.setVariable("titleEn", notFound ? "Page not found" : "The request could not be served");
        context.setVariable("detailVi", notFound ? "Trang này không có hoặc đã được chuyển đi. Mã theo dõi phản ánh có"
                + " dạng PA-26-7K3F9Q." : "Trang này không nhận yêu cầu như vậy.");
        context.setVariable("detailEn", notFound ? "There is no such page. Tracking codes look like PA-26-7K3F9Q."
                : "This page does not take such a request.");
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML,
                java.nio.charset.StandardCharsets.UTF_8)).body(templates.process("error-page", context));
    }

    static boolean wantsPage(WebRequest request) {
        if (!(request instanceof org.springframework.web.context.request.ServletWebRequest servlet)) {
            return false;
        }
        String accept = servlet.getRequest().getHeader(HttpHeaders.ACCEPT);
        String path = servlet.getRequest().getRequestURI();
        return accept != null && accept.contains("text/html") && path != null && !API.matcher(path).find();
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        if (statusCode.is4xxClientError() && wantsPage(request)) {
            return page(statusCode, request);
        }
        if (body instanceof ProblemDetail problem && problem.getType() != null
                && "about:blank".equals(problem.getType().toString())) {
            String slug = HttpStatus.resolve(statusCode.value()) == null ? "http-" + statusCode.value()
                    : HttpStatus.valueOf(statusCode.value()).name().toLowerCase().replace('_', '-');
            problem.setType(ApiProblem.type(slug));
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private static Map<String, Object> describe(FieldError error) {
        return Map.of("field", error.getField(),
                "message", error.getDefaultMessage() == null ? "invalid" : error.getDefaultMessage());
    }

    private static String rootMessage(Throwable ex) {
        Throwable cause = ex;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        if (message == null) {
            return cause.getClass().getSimpleName();
        }
        int newline = message.indexOf('\n');
        return newline > 0 ? message.substring(0, newline) : message;
    }
}
