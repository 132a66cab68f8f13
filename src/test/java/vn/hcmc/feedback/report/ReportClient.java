package vn.hcmc.feedback.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.client.BufferingClientHttpRequestFactory;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Sends reports to the public API the way an app does, and counts what was stored. */
public class ReportClient {

    private final TestRestTemplate rest;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json = new ObjectMapper();

    /**
     * The public API refuses bodies without a Content-Length (chunked), so requests are buffered first; the
     * application's TestRestTemplate bean is left as it is.
     */
    public ReportClient(TestRestTemplate rest, JdbcTemplate jdbc) {
        this.rest = new TestRestTemplate(new RestTemplateBuilder().requestFactory(
                () -> new BufferingClientHttpRequestFactory(new SimpleClientHttpRequestFactory())));
        this.rest.setUriTemplateHandler(rest.getRestTemplate().getUriTemplateHandler());
        this.jdbc = jdbc;
    }

    public TestRestTemplate rest() {
        return rest;
    }

    /** A valid report body; the marker makes its rows findable. */
    public static Map<String, Object> report(String marker) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Rác ùn ứ / garbage " + marker);
        body.put("description", "Rác thải sinh hoạt ùn ứ nhiều ngày ở đầu hẻm, chưa được thu gom, bốc mùi hôi. " + marker);
        body.put("wardCode", "ben-thanh");
        body.put("address", "Hẻm 12 Lê Lợi, Phường Bến Thành");
        body.put("reporter", Map.of("name", "Nguyễn Văn A", "email", marker + "@example.vn", "phone", "0901234567"));
        return body;
    }

    public static String marker() {
        return "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    public ResponseEntity<JsonNode> postJson(Object body, String idempotencyKey) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (idempotencyKey != null) {
            headers.set("Idempotency-Key", idempotencyKey);
        }
        return rest.exchange("/api/reports", HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
    }

    public ResponseEntity<JsonNode> postRaw(String rawJson) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.exchange("/api/reports", HttpMethod.POST, new HttpEntity<>(rawJson, headers), JsonNode.class);
    }

    public record File(String name, String contentType, byte[] content) {
    }

    public ResponseEntity<JsonNode> postMultipart(Object report, List<File> files, String idempotencyKey) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        if (report != null) {
            HttpHeaders partHeaders = new HttpHeaders();
            partHeaders.setContentType(MediaType.APPLICATION_JSON);
            try {
                parts.add("report", new HttpEntity<>(json.writeValueAsString(report), partHeaders));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        for (File file : files) {
            HttpHeaders partHeaders = new HttpHeaders();
            partHeaders.setContentType(MediaType.parseMediaType(file.contentType()));
            parts.add("files", new HttpEntity<>(new ByteArrayResource(file.content()) {
                @Override
                public String getFilename() {
                    return file.name();
                }
            }, partHeaders));
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        if (idempotencyKey != null) {
            headers.set("Idempotency-Key", idempotencyKey);
        }
        return rest.exchange("/api/reports", HttpMethod.POST, new HttpEntity<>(parts, headers), JsonNode.class);
    }

    public ResponseEntity<JsonNode> get(String trackingCode, String token) {
        HttpHeaders headers = new HttpHeaders();
        if (token != null) {
            headers.set("X-Report-Token", token);
        }
        return rest.exchange("/api/reports/" + trackingCode, HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
    }

    public ResponseEntity<JsonNode> staffGet(String user, String trackingCode) {
        return rest.withBasicAuth(user, user).getForEntity("/api/staff/reports/" + trackingCode, JsonNode.class);
    }

    /** Report rows whose description carries the marker. */
    public long reportsWith(String marker) {
        return jdbc.queryForObject("select count(*) from report where description like ?", Long.class,
                "%" + marker + "%");
    }

    public long attachmentRows() {
        return jdbc.queryForObject("select count(*) from report_attachment", Long.class)
                + jdbc.queryForObject("select count(*) from attachment_content", Long.class);
    }

    public Long reportId(String trackingCode) {
        return jdbc.queryForObject("select id from report where tracking_code = ?", Long.class, trackingCode);
    }
}
