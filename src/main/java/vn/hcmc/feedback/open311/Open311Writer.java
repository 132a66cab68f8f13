package vn.hcmc.feedback.open311;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.xml.ser.ToXmlGenerator;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Writes Open311 documents. JSON: a list is an array, a single document an object. XML: a list is its plural root
 * element with one element per item ({@code <service_requests><request>…}). The XML mapper is this class's own: it
 * is not an MVC message converter, so no other endpoint starts answering XML to a browser's Accept header.
 */
@Component
class Open311Writer {

    private final ObjectMapper json;
    private final XmlMapper xml = XmlMapper.builder()
            .defaultUseWrapper(false)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .enable(ToXmlGenerator.Feature.WRITE_XML_DECLARATION)
            .build();

    Open311Writer(ObjectMapper json) {
        this.json = json;
    }

    ResponseEntity<String> list(Open311Format format, HttpStatusCode status, String root, String item,
                                List<?> items) {
        return write(format, status, format == Open311Format.JSON ? items : Map.of(item, items), root);
    }

    ResponseEntity<String> single(Open311Format format, HttpStatusCode status, Object document) {
        return write(format, status, document, null);
    }

    ResponseEntity<String> error(Open311Format format, HttpStatus status, String description) {
        return list(format, status, "errors", "error",
                List.of(new Open311Documents.Error(status.value(), description)));
    }

    private ResponseEntity<String> write(Open311Format format, HttpStatusCode status, Object value, String root) {
        try {
            String body = format == Open311Format.JSON ? json.writeValueAsString(value)
                    : root == null ? xml.writeValueAsString(value) : xml.writer().withRootName(root)
                    .writeValueAsString(value);
            return ResponseEntity.status(status).contentType(format.mediaType()).body(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An Open311 document could not be written", e);
        }
    }
}
