package vn.hcmc.feedback.open311;

import java.util.List;
import java.util.stream.IntStream;
import org.springframework.stereotype.Service;
import vn.hcmc.feedback.directory.Category;
import vn.hcmc.feedback.directory.UnitDirectory;

/** The services of Open311: the report categories (service_code = category code), with their extra questions. */
@Service
class Open311Services {

    private final UnitDirectory directory;
    private final ServiceAttributes attributes;

    Open311Services(UnitDirectory directory, ServiceAttributes attributes) {
        this.directory = directory;
        this.attributes = attributes;
    }

    List<Open311Documents.Service> all() {
        return directory.categories().stream().map(this::service).toList();
    }

    Open311Documents.ServiceDefinition definition(String code) {
        Category category = directory.category(code).orElseThrow(() -> Open311Exception.notFound("There is no "
                + "service '" + code + "'; see services.json."));
        List<ServiceAttributes.Question> questions = attributes.of(category.code());
        return new Open311Documents.ServiceDefinition(category.code(), IntStream.range(0, questions.size())
                .mapToObj(i -> attribute(questions.get(i), i + 1)).toList());
    }

    private Open311Documents.Service service(Category c) {
        return new Open311Documents.Service(c.code(), c.nameVi(), c.nameVi() + " / " + c.nameEn(),
                !attributes.of(c.code()).isEmpty(), "realtime", c.nameEn(), null);
    }

    private static Open311Documents.Attribute attribute(ServiceAttributes.Question q, int order) {
        return new Open311Documents.Attribute(true, q.code(), q.datatype(), q.required(), description(q), order,
                q.label(), q.values() == null ? null : q.values().stream()
                .map(v -> new Open311Documents.AttributeValue(v.key(), v.name())).toList());
    }

    private static String description(ServiceAttributes.Question q) {
        return switch (q.datatype()) {
            case "number" -> "Một số / A number";
            case "singlevaluelist" -> "Chọn một giá trị (key) / One of the keys";
            default -> "Văn bản, tối đa 200 ký tự / Text, at most 200 characters";
        };
    }
}
