package vn.hcmc.feedback.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The published OpenAPI document says what each endpoint of {@code /api/**} and {@code /open311/**} accepts: every
 * handler is in it with its path, header and query parameters (none more), and each JSON body's schema has exactly
 * the properties that the body's class reads, and each JSON answer's schema those its class writes, nested classes
 * too; so two classes of one name cannot share one schema again. Answers that are 201 are documented as 201, and the document has its title and version.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiContractTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    ObjectMapper objectMapper;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    JsonNode document;

    @BeforeEach
    void load() {
        document = rest.getForObject("/v3/api-docs", JsonNode.class);
    }

    @Test
    void theDocumentHasItsTitleVersionAndProblemTypes() {
        assertThat(document.at("/info/title").asText()).isEqualTo("Citizen Feedback Engine API");
        assertThat(document.at("/info/version").asText()).isNotEqualTo("v0").isNotBlank();
        assertThat(document.at("/info/description").asText()).contains("urn:feedback:problem:");
        assertThat(document.at("/components/schemas/Problem/properties/type").isMissingNode()).isFalse();
        assertThat(document.at("/paths/~1api~1reports/post/responses/4XX/content/application~1problem+json/schema/$ref")
                .asText()).isEqualTo("#/components/schemas/Problem");
        JsonNode example = document.at("/components/schemas/ReportRequest/example");
        assertThat(example.get("category").asText()).isEqualTo("garbage");
        assertThat(new vn.hcmc.feedback.report.ReportClient(rest, jdbc).postJson(objectMapper.convertValue(example,
                Map.class), null).getStatusCode().value()).as("the example is a valid report").isEqualTo(201);
        assertThat(rest.getForEntity("/swagger-ui/index.html", String.class).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void createdAnswersAreDocumentedAs201() {
        JsonNode post = document.at("/paths/~1api~1reports/post/responses");
        assertThat(post.has("201")).isTrue();
        assertThat(post.has("200")).isFalse();
        assertThat(document.at("/paths/~1open311~1v2~1requests.{format}/post/responses").has("201")).isTrue();
        Set<String> handlers = new HashSet<>();
        mappings.getHandlerMethods().values().forEach(h -> handlers.add(h.getBeanType().getSimpleName() + "#"
                + h.getMethod().getName()));
        assertThat(handlers).containsAll(OpenApiDocument.CREATED);
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (OpenApiDocument.CREATED.contains(handler.getBeanType().getSimpleName() + "#"
                    + handler.getMethod().getName())) {
                for (String path : info.getPatternValues()) {
                    JsonNode responses = operation(path, info).get("responses");
                    assertThat(responses.has("201")).as(path).isTrue();
                    assertThat(responses.has("200")).as(path).isFalse();
                }
            }
        });
    }

    @Test
    void everyHandlerIsDocumentedAsItReadsItsRequest() {
        List<String> checked = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            HandlerMethod handler = entry.getValue();
            if (handler.hasMethodAnnotation(Hidden.class)) {
                continue;
            }
            for (String path : entry.getKey().getPatternValues()) {
                if (!path.startsWith("/api/") && !path.startsWith("/open311/")) {
                    continue;
                }
                JsonNode operation = operation(path, entry.getKey());
                String where = describe(entry.getKey(), path);
                assertThat(documentedParameters(operation)).as(where + ": parameters")
                        .isEqualTo(acceptedParameters(handler));
                checkBody(handler, operation, where);
                checkAnswer(handler, operation, where);
                checked.add(where);
            }
        }
        assertThat(names(document.at("/components/schemas/ReportViewLocation/properties")))
                .containsExactly("lat", "lon", "source");
        assertThat(names(document.at("/components/schemas/ReportRequestLocation/properties")))
                .containsExactly("lat", "lon");
        assertThat(checked).as("public endpoints checked").hasSizeGreaterThan(30)
                .anyMatch(w -> w.startsWith("[POST] /api/reports"))
                .anyMatch(w -> w.startsWith("[POST] /open311/v2/requests.{format}"));
    }

    @Test
    void theOpen311FormIsTheFormTheEndpointReads() throws Exception {
        JsonNode form = resolve(document.at("/paths/~1open311~1v2~1requests.{format}/post/requestBody/content/"
                + "application~1x-www-form-urlencoded/schema"));
        Set<String> accepted = new TreeSet<>(fields("vn.hcmc.feedback.open311.Open311Submission", "FIELDS"));
        accepted.add("media");
        assertThat(names(form.get("properties"))).isEqualTo(accepted);
        assertThat(document.at("/paths/~1open311~1v2~1requests.{format}/post/requestBody/content/"
                + "multipart~1form-data").isMissingNode()).isFalse();
    }

    @SuppressWarnings("unchecked")
    private static List<String> fields(String className, String field) throws Exception {
        var f = Class.forName(className).getDeclaredField(field);
        f.setAccessible(true);
        return (List<String>) f.get(null);
    }

    private JsonNode operation(String path, RequestMappingInfo info) {
        JsonNode item = document.path("paths").path(path.replaceAll("\\{([^}:]+):[^}]*}", "{$1}"));
        assertThat(item.isMissingNode()).as(path + " is in the OpenAPI document").isFalse();
        Set<org.springframework.web.bind.annotation.RequestMethod> methods = info.getMethodsCondition().getMethods();
        String method = methods.isEmpty() ? "get" : methods.iterator().next().name().toLowerCase();
        JsonNode operation = item.path(method);
        assertThat(operation.isMissingNode()).as(method + " " + path + " is in the OpenAPI document").isFalse();
        return operation;
    }

    private static String describe(RequestMappingInfo info, String path) {
        return info.getMethodsCondition().getMethods() + " " + path + " " + info.getConsumesCondition()
                .getConsumableMediaTypes();
    }

    private static Set<String> documentedParameters(JsonNode operation) {
        Set<String> names = new TreeSet<>();
        for (JsonNode p : operation.path("parameters")) {
            names.add(p.get("in").asText() + ":" + p.get("name").asText());
        }
        return names;
    }

    private static Set<String> acceptedParameters(HandlerMethod handler) {
        Set<String> names = new TreeSet<>();
        for (MethodParameter p : handler.getMethodParameters()) {
            p.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
            Parameter doc = p.getParameterAnnotation(Parameter.class);
            if (doc != null && doc.hidden()) {
                continue;
            }
            PathVariable path = p.getParameterAnnotation(PathVariable.class);
            RequestParam query = p.getParameterAnnotation(RequestParam.class);
            RequestHeader header = p.getParameterAnnotation(RequestHeader.class);
            if (path != null) {
                names.add("path:" + name(path.value(), path.name(), p));
            } else if (query != null && !Map.class.isAssignableFrom(p.getParameterType())
                    && !MultipartFile.class.isAssignableFrom(p.getParameterType())) {
                names.add("query:" + name(query.value(), query.name(), p));
            } else if (header != null) {
                names.add("header:" + name(header.value(), header.name(), p));
            }
        }
        return names;
    }

    private static String name(String value, String name, MethodParameter p) {
        return !value.isEmpty() ? value : !name.isEmpty() ? name : p.getParameterName();
    }

    private void checkBody(HandlerMethod handler, JsonNode operation, String where) {
        for (MethodParameter p : handler.getMethodParameters()) {
            if (p.hasParameterAnnotation(RequestBody.class)) {
                JsonNode content = operation.at("/requestBody/content");
                assertThat(content.isMissingNode()).as(where + ": request body documented").isFalse();
                JsonNode schema = content.has("application/json") ? content.get("application/json").get("schema")
                        : content.elements().next().get("schema");
                checkSchema(objectMapper.constructType(p.getGenericParameterType()), schema, where,
                        new HashSet<>());
            }
            RequestPart part = p.getParameterAnnotation(RequestPart.class);
            if (part != null) {
                JsonNode multipart = resolve(operation.at("/requestBody/content/multipart~1form-data/schema"));
                assertThat(names(multipart.path("properties"))).as(where + ": multipart parts")
                        .contains(name(part.value(), part.name(), p));
            }
        }
    }

    /** The schema of a JSON answer has the properties the answer's class writes, its nested classes too. */
    private void checkAnswer(HandlerMethod handler, JsonNode operation, String where) {
        JavaType type = objectMapper.constructType(handler.getMethod().getGenericReturnType());
        if (type.getRawClass() == org.springframework.http.ResponseEntity.class) {
            type = type.containedTypeOrUnknown(0);
        }
        if (!isOwnClass(type.isContainerType() && type.getContentType() != null ? type.getContentType().getRawClass()
                : type.getRawClass())) {
            return;
        }
        JsonNode schema = null;
        for (JsonNode response : operation.path("responses")) {
            JsonNode json = response.path("content").path("application/json");
            if (!json.isMissingNode() && !json.path("schema").isMissingNode()) {
                schema = json.get("schema");
                break;
            }
        }
        if (schema == null) {
            for (JsonNode response : operation.path("responses")) {
                JsonNode any = response.path("content").path("*/*");
                if (!any.isMissingNode()) {
                    schema = any.get("schema");
                    break;
                }
            }
        }
        assertThat(schema).as(where + ": JSON answer documented").isNotNull();
        checkWritten(type, schema, where + " (answer)", new HashSet<>());
    }

    private void checkWritten(JavaType type, JsonNode schema, String where, Set<JavaType> seen) {
        if (type.isContainerType()) {
            if (type.getContentType() != null && schema.has("items")) {
                checkWritten(type.getContentType(), schema.get("items"), where, seen);
            }
            return;
        }
        if (!isOwnClass(type.getRawClass()) || type.isEnumType() || !seen.add(type)) {
            return;
        }
        JsonNode resolved = resolve(schema);
        BeanDescription bean = objectMapper.getSerializationConfig().introspect(type);
        Map<String, BeanPropertyDefinition> properties = new java.util.TreeMap<>();
        for (BeanPropertyDefinition property : bean.findProperties()) {
            if (property.couldSerialize()) {
                properties.put(property.getName(), property);
            }
        }
        assertThat(names(resolved.path("properties"))).as(where + ": schema " + schema + " of "
                + type.getRawClass().getName()).isEqualTo(properties.keySet());
        properties.forEach((name, property) -> checkWritten(property.getPrimaryType(),
                resolved.get("properties").get(name), where + " ." + name, seen));
    }

    /** The schema's properties are the names the class reads from JSON; the same for its nested classes. */
    private void checkSchema(JavaType type, JsonNode schema, String where, Set<JavaType> seen) {
        if (type.isContainerType()) {
            if (type.getContentType() != null && schema.has("items")) {
                checkSchema(type.getContentType(), schema.get("items"), where, seen);
            }
            return;
        }
        if (!isOwnClass(type.getRawClass()) || type.isEnumType() || !seen.add(type)) {
            return;
        }
        JsonNode resolved = resolve(schema);
        BeanDescription bean = objectMapper.getDeserializationConfig().introspect(type);
        Map<String, BeanPropertyDefinition> properties = new java.util.TreeMap<>();
        for (BeanPropertyDefinition property : bean.findProperties()) {
            if (property.couldDeserialize()) {
                properties.put(property.getName(), property);
            }
        }
        assertThat(names(resolved.path("properties"))).as(where + ": schema " + schema + " of "
                + type.getRawClass().getName()).isEqualTo(properties.keySet());
        properties.forEach((name, property) -> checkSchema(property.getPrimaryType(),
                resolved.get("properties").get(name), where + " ." + name, seen));
    }

    private static boolean isOwnClass(Class<?> type) {
        return type.getName().startsWith("vn.hcmc.feedback.");
    }

    private JsonNode resolve(JsonNode schema) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
            return document.path("components").path("schemas").path(name);
        }
        if (schema.has("allOf") && schema.get("allOf").size() == 1) {
            return resolve(schema.get("allOf").get(0));
        }
        return schema;
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new TreeSet<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
