package vn.hcmc.feedback.open311;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.hcmc.feedback.directory.ReferenceFiles;
import vn.hcmc.feedback.directory.UnitDirectory;

/**
 * The extra questions of the categories ({@value #FILE} in the reference folder; a folder without it asks none).
 * Checked at start: a category that does not exist, an unknown datatype or a list without values stops the start
 * with the file's line.
 */
@Component
class ServiceAttributes {

    static final String FILE = "open311-attributes.yaml";
    static final Set<String> DATATYPES = Set.of("string", "number", "singlevaluelist");

    record AttributesFile(Map<String, List<Question>> attributes) {
    }

    record Question(String code, String datatype, boolean required, String descriptionVi, String descriptionEn,
                    List<Choice> values) {

        String label() {
            return descriptionVi + " / " + descriptionEn;
        }
    }

    record Choice(String key, String nameVi, String nameEn) {

        String name() {
            return nameVi + " / " + nameEn;
        }
    }

    private final Map<String, List<Question>> byCategory;

    ServiceAttributes(ReferenceFiles files, UnitDirectory directory) {
        Map<String, List<Question>> loaded = new LinkedHashMap<>();
        if (files.exists(FILE)) {
            ReferenceFiles.Loaded<AttributesFile> file = files.read(FILE, AttributesFile.class);
            Map<String, List<Question>> attributes = file.value().attributes() == null ? Map.of()
                    : file.value().attributes();
            attributes.forEach((category, questions) -> {
                if (!directory.isCategory(category)) {
                    throw file.error(category + ":", "'" + category + "' is not a category of categories.yaml");
                }
                for (Question q : questions) {
                    if (q.code() == null || !q.code().matches("[a-z][a-z0-9_]*")) {
                        throw file.error(String.valueOf(q.code()), "attribute code '" + q.code()
                                + "' must be lower-case letters, digits and _");
                    }
                    if (!DATATYPES.contains(q.datatype())) {
                        throw file.error(q.code(), "datatype of " + q.code() + " must be one of " + DATATYPES);
                    }
                    boolean list = "singlevaluelist".equals(q.datatype());
                    if (list != (q.values() != null && !q.values().isEmpty())) {
                        throw file.error(q.code(), list ? q.code() + " is a singlevaluelist without values"
                                : q.code() + " has values but is not a singlevaluelist");
                    }
                    if (q.descriptionVi() == null || q.descriptionEn() == null) {
                        throw file.error(q.code(), q.code() + " needs descriptionVi and descriptionEn");
                    }
                }
                loaded.put(category, List.copyOf(questions));
            });
        }
        this.byCategory = Map.copyOf(loaded);
    }

    List<Question> of(String category) {
        return byCategory.getOrDefault(category, List.of());
    }
}
