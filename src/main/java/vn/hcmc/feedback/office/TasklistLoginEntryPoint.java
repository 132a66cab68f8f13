package vn.hcmc.feedback.office;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Not logged in: a 401 page that sends the official to Tasklist's login, and no {@code WWW-Authenticate} header (so
 * no browser login box, which would be a second, different login).
 */
class TasklistLoginEntryPoint implements AuthenticationEntryPoint {

    static final String PAGE = """
            <!DOCTYPE html>
            <html lang="vi"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Cần đăng nhập / Login needed</title><link rel="stylesheet" href="/staff/assets/office.css"></head>
            <body><main class="refused"><h1>Cần đăng nhập / Login needed</h1>
            <p>Hãy đăng nhập Tasklist bằng tài khoản cán bộ, rồi mở lại phản ánh từ công việc của bạn.
            / Log in to Tasklist with your official account, then open the report again from your task.</p>
            <p><a href="/camunda/app/tasklist/default/">Đăng nhập Tasklist / Log in to Tasklist</a></p></main></body></html>
            """;

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(PAGE.getBytes(StandardCharsets.UTF_8));
    }
}
