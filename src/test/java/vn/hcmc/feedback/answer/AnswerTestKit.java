package vn.hcmc.feedback.answer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.hcmc.feedback.report.ReportClient;

/** The answer API as a unit's system, a leader and a citizen call it. */
class AnswerTestKit {

    private final TestRestTemplate rest;
    private final ObjectMapper json = new ObjectMapper();

    AnswerTestKit(ReportClient client) {
        this.rest = client.rest();
    }

    static Map<String, Object> answer(String outcome, String text) {
        Map<String, Object> answer = new HashMap<>();
        answer.put("outcome", outcome);
        answer.put("text", text);
        return answer;
    }

    ResponseEntity<JsonNode> propose(String user, String code, Map<String, Object> answer,
                                     List<ReportClient.File> files) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        HttpHeaders jsonPart = new HttpHeaders();
        jsonPart.setContentType(MediaType.APPLICATION_JSON);
        try {
            parts.add("answer", new HttpEntity<>(json.writeValueAsString(answer), jsonPart));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        for (ReportClient.File file : files) {
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
        return rest.withBasicAuth(user, user).exchange("/api/staff/reports/" + code + "/answer", HttpMethod.POST,
                new HttpEntity<>(parts, headers), JsonNode.class);
    }

    ResponseEntity<JsonNode> decide(String user, String code, Boolean approved, String comment) {
        Map<String, Object> body = new HashMap<>();
        body.put("approved", approved);
        body.put("comment", comment);
        return rest.withBasicAuth(user, user).postForEntity("/api/staff/reports/" + code + "/answer/decision", body,
                JsonNode.class);
    }

    ResponseEntity<JsonNode> preview(String user, String code) {
        return rest.withBasicAuth(user, user).getForEntity("/api/staff/reports/" + code + "/answer/preview",
                JsonNode.class);
    }

    ResponseEntity<JsonNode> rate(String code, String token, Integer score, String comment) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (token != null) {
            headers.set("X-Report-Token", token);
        }
        Map<String, Object> body = new HashMap<>();
        body.put("score", score);
        body.put("comment", comment);
        return rest.exchange("/api/reports/" + code + "/rating", HttpMethod.POST, new HttpEntity<>(body, headers),
                JsonNode.class);
    }

    static String problem(ResponseEntity<JsonNode> response) {
        JsonNode type = response.getBody() == null ? null : response.getBody().get("type");
        return response.getStatusCode().value() + " " + (type == null ? "" : type.asText()
                .replace("urn:feedback:problem:", ""));
    }
}
