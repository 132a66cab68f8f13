package vn.hcmc.feedback.open311;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Calls the Open311 endpoint as a 311 client does, and reads its JSON and XML. */
class Open311Client {

    static final String BASE = "/open311/v2/";

    private final TestRestTemplate rest;
    private final ObjectMapper json = new ObjectMapper();

    Open311Client(TestRestTemplate bufferedRest) {
        this.rest = bufferedRest;
    }

    ResponseEntity<String> get(String path) {
        return rest.getForEntity(BASE + path, String.class);
    }

    ResponseEntity<String> post(String path, Map<String, String> fields) {
        return post(path, fields, null);
    }

    /** A form POST with the client's Idempotency-Key header (none when null). */
    ResponseEntity<String> post(String path, Map<String, String> fields, String idempotencyKey) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        fields.forEach(form::add);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        if (idempotencyKey != null) {
            headers.add("Idempotency-Key", idempotencyKey);
        }
        return rest.exchange(BASE + path, HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
    }

    ResponseEntity<String> postMultipart(String path, Map<String, String> fields, String fileName, String type,
                                         byte[] media) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        fields.forEach(parts::add);
        HttpHeaders partHeaders = new HttpHeaders();
        partHeaders.setContentType(MediaType.parseMediaType(type));
        parts.add("media", new HttpEntity<>(new ByteArrayResource(media) {
            @Override
            public String getFilename() {
                return fileName;
            }
        }, partHeaders));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.exchange(BASE + path, HttpMethod.POST, new HttpEntity<>(parts, headers), String.class);
    }

    /** A valid form for a garbage report at a place in Phường Bến Thành. */
    static Map<String, String> form(String apiKey, String marker) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("api_key", apiKey);
        form.put("service_code", "garbage");
        form.put("lat", "10.7725");
        form.put("long", "106.698");
        form.put("address_string", "Hẻm 12 Lê Lợi " + marker);
        form.put("description", "Rác thải sinh hoạt ùn ứ nhiều ngày ở đầu hẻm, chưa được thu gom, bốc mùi hôi. "
                + marker);
        form.put("first_name", "Văn A");
        form.put("last_name", "Nguyễn");
        form.put("email", marker + "@example.vn");
        form.put("phone", "0901234567");
        return form;
    }

    JsonNode json(ResponseEntity<String> response) {
        try {
            return json.readTree(response.getBody());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + response.getBody(), e);
        }
    }

    static Document xml(ResponseEntity<String> response) {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(response.getBody().getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not XML: " + response.getBody(), e);
        }
    }

    static String xpath(ResponseEntity<String> response, String expression) {
        try {
            return XPathFactory.newInstance().newXPath().evaluate(expression, xml(response));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static int count(ResponseEntity<String> response, String expression) {
        try {
            return ((NodeList) XPathFactory.newInstance().newXPath().evaluate(expression, xml(response),
                    XPathConstants.NODESET)).getLength();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** "status code: description" of an Open311 error in JSON. */
    String error(ResponseEntity<String> response) {
        JsonNode body = json(response);
        if (!body.isArray() || body.size() != 1 || body.get(0).get("code").asInt() != response.getStatusCode().value()) {
            throw new AssertionError("not an Open311 error answer: " + response.getStatusCode() + " "
                    + response.getBody());
        }
        return body.get(0).get("code").asInt() + ": " + body.get(0).get("description").asText();
    }

    /** The same of an error in XML. */
    static String xmlError(ResponseEntity<String> response) {
        if (count(response, "/errors/error") != 1) {
            throw new AssertionError("not an Open311 XML error: " + response.getBody());
        }
        return xpath(response, "/errors/error/code") + ": " + xpath(response, "/errors/error/description");
    }
}
