package vn.hcmc.feedback.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.HttpCookie;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * A Camunda webapp session as Tasklist holds it after the login form: the session cookie and the CSRF token the
 * webapps require on every write, so a test calls the webapps' engine API ({@code /camunda/api/engine/...}) the way
 * Tasklist does.
 */
public final class WebappSession {

    private final TestRestTemplate rest;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final HttpHeaders extra = new HttpHeaders();

    private WebappSession(TestRestTemplate rest) {
        this.rest = rest;
    }

    /** A logged-in Tasklist session of the user. */
    public static WebappSession tasklist(TestRestTemplate rest, String user, String password) {
        WebappSession session = open(rest, new HttpHeaders());
        ResponseEntity<String> login = session.logIn(user, password);
        assertThat(login.getStatusCode().value()).as("Tasklist login of %s: %s", user, login.getBody())
                .isEqualTo(200);
        return session;
    }

    /** The Tasklist page opened, not logged in yet; every request carries the extra headers. */
    public static WebappSession open(TestRestTemplate rest, HttpHeaders extra) {
        WebappSession session = new WebappSession(rest);
        session.extra.addAll(extra);
        session.keep(rest.exchange("/camunda/app/tasklist/default/", HttpMethod.GET,
                new HttpEntity<>(session.headers()), String.class));
        return session;
    }

    /** The Tasklist login form sent, as the page does; the answer as it came. */
    public ResponseEntity<String> logIn(String user, String password) {
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", user);
        form.add("password", password);
        HttpHeaders headers = headers();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        ResponseEntity<String> login = rest.exchange("/camunda/api/admin/auth/user/default/login/tasklist",
                HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
        keep(login);
        if (login.getStatusCode().is2xxSuccessful()) {
            // the login starts a new session, whose CSRF token comes with the next answer
            keep(rest.exchange("/camunda/api/admin/auth/user/default", HttpMethod.GET, new HttpEntity<>(headers()),
                    String.class));
        }
        return login;
    }

    /** A page or file fetched in the session, as the browser would with Tasklist's cookie. */
    public ResponseEntity<String> get(String path) {
        ResponseEntity<String> response = rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers()),
                String.class);
        keep(response);
        return response;
    }

    public ResponseEntity<JsonNode> post(String path, Object jsonBody) {
        HttpHeaders headers = headers();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<JsonNode> response = rest.exchange(path, HttpMethod.POST, new HttpEntity<>(jsonBody, headers),
                JsonNode.class);
        keep(response);
        return response;
    }

    /** A page's form sent as the browser sends it (multipart, with its files), with the session's cookie. */
    public ResponseEntity<String> postMultipart(String path, org.springframework.util.MultiValueMap<String, Object> form) {
        HttpHeaders headers = headers();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<String> response = rest.exchange(path, HttpMethod.POST, new HttpEntity<>(form, headers),
                String.class);
        keep(response);
        return response;
    }

    /** The CSRF token of the first form of a server-rendered page (Spring Security's hidden {@code _csrf}). */
    public static String csrfToken(String html) {
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("a form with a CSRF token in %s", html).isTrue();
        return m.group(1);
    }

    private HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        headers.addAll(extra);
        if (!cookies.isEmpty()) {
            headers.add(HttpHeaders.COOKIE, String.join("; ", cookies.entrySet().stream()
                    .map(c -> c.getKey() + "=" + c.getValue()).toList()));
        }
        if (cookies.containsKey("XSRF-TOKEN")) {
            headers.add("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
        }
        return headers;
    }

    private void keep(ResponseEntity<?> response) {
        List<String> set = response.getHeaders().get(HttpHeaders.SET_COOKIE);
        if (set != null) {
            set.forEach(header -> HttpCookie.parse(header).forEach(c -> cookies.put(c.getName(), c.getValue())));
        }
    }
}
