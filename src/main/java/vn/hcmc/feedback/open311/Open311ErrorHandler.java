package vn.hcmc.feedback.open311;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import vn.hcmc.feedback.system.ApiProblemHandler;
import vn.hcmc.feedback.system.Refusal;

/**
 * Every error of the Open311 endpoint in the Open311 error format ({@code [{"code":400,"description":"…"}]}, in
 * XML {@code <errors><error>}), in the format the path asks for; the code is the HTTP status. The report services'
 * problem details (e.g. an attachment of a refused type, 415) keep their status and their explanation.
 */
@RestControllerAdvice(assignableTypes = Open311Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class Open311ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(Open311ErrorHandler.class);

    private final Open311Writer writer;

    Open311ErrorHandler(Open311Writer writer) {
        this.writer = writer;
    }

    @ExceptionHandler(Open311Exception.class)
    ResponseEntity<String> open311(Open311Exception e, HttpServletRequest request) {
        return error(request, e.status(), e.getMessage());
    }

    @ExceptionHandler(Refusal.class)
    ResponseEntity<String> refusal(Refusal e, HttpServletRequest request) {
        ResponseEntity<String> answer = error(request, ApiProblemHandler.status(e.reason()), e.getMessage());
        Object retryAfter = e.properties().get(Refusal.RETRY_AFTER_SECONDS);
        return retryAfter == null ? answer : ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders())
                .header(org.springframework.http.HttpHeaders.RETRY_AFTER, retryAfter.toString()).body(answer.getBody());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<String> missing(MissingServletRequestParameterException e, HttpServletRequest request) {
        return error(request, HttpStatus.BAD_REQUEST, e.getParameterName() + " is required.");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<String> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return error(request, HttpStatus.PAYLOAD_TOO_LARGE, "The upload is larger than allowed.");
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<String> multipart(MultipartException e, HttpServletRequest request) {
        return error(request, HttpStatus.BAD_REQUEST, "The multipart form could not be read: " + e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<String> unexpected(Exception e, HttpServletRequest request) {
        log.error("Open311 {} {} failed", request.getMethod(), request.getRequestURI(), e);
        return error(request, HttpStatus.INTERNAL_SERVER_ERROR, "Lỗi máy chủ / Internal server error");
    }

    private ResponseEntity<String> error(HttpServletRequest request, HttpStatus status, String description) {
        return writer.error(Open311Format.ofPath(request.getRequestURI()), status, description);
    }
}
