package vn.hcmc.feedback.open311;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Writes Open311 documents. JSON: the application's Jackson mapper (a list is an array, a document an object). XML:
 * the same JSON tree written with the JDK's StAX writer in GeoReport v2's shape: a list is its plural root element
 * with one element per item ({@code <service_requests><request>…}); a list inside a document is its field's element
 * around one element per item named in the singular ({@code <formats><format>}, {@code <values><value>}).
 * (Jackson's XML module is not used: on the classpath it becomes the first converter of every plain
 * RestTemplate and an MVC converter, turning other endpoints' JSON into XML.)
 */
@Component
class Open311Writer {

    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    private final ObjectMapper json;

    Open311Writer(ObjectMapper json) {
        this.json = json;
    }

    ResponseEntity<String> list(Open311Format format, HttpStatusCode status, String root, String item,
                                List<?> items) {
        if (format == Open311Format.JSON) {
            return json(status, items);
        }
        return xml(status, root, writer -> {
            for (Object value : items) {
                element(writer, item, json.valueToTree(value));
            }
        });
    }

    ResponseEntity<String> single(Open311Format format, HttpStatusCode status, String root, Object document) {
        if (format == Open311Format.JSON) {
            return json(status, document);
        }
        return xml(status, root, writer -> fields(writer, json.valueToTree(document)));
    }

    ResponseEntity<String> error(Open311Format format, HttpStatus status, String description) {
        return list(format, status, "errors", "error",
                List.of(new Open311Documents.Error(status.value(), description)));
    }

    private ResponseEntity<String> json(HttpStatusCode status, Object value) {
        try {
            return ResponseEntity.status(status).contentType(Open311Format.JSON.mediaType())
                    .body(json.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An Open311 document could not be written", e);
        }
    }

    private interface Body {
        void write(XMLStreamWriter writer) throws XMLStreamException;
    }

    private static ResponseEntity<String> xml(HttpStatusCode status, String root, Body body) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter writer = XML.createXMLStreamWriter(out);
            writer.writeStartDocument("UTF-8", "1.0");
            writer.writeStartElement(root);
            body.write(writer);
            writer.writeEndElement();
            writer.writeEndDocument();
            writer.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("An Open311 document could not be written", e);
        }
        return ResponseEntity.status(status).contentType(Open311Format.XML.mediaType()).body(out.toString());
    }

    private static void element(XMLStreamWriter writer, String name, JsonNode value) throws XMLStreamException {
        if (value == null || value.isNull()) {
            return;
        }
        writer.writeStartElement(name);
        if (value.isObject()) {
            fields(writer, value);
        } else if (value.isArray()) {
            String item = name.endsWith("s") ? name.substring(0, name.length() - 1) : name + "_item";
            for (JsonNode each : value) {
                element(writer, item, each);
            }
        } else {
            writer.writeCharacters(value.asText());
        }
        writer.writeEndElement();
    }

    private static void fields(XMLStreamWriter writer, JsonNode object) throws XMLStreamException {
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            element(writer, field.getKey(), field.getValue());
        }
    }
}
