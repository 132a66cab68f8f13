package vn.hcmc.feedback.directory;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The demo officials of {@code demo-officials.yaml}. Their password equals their user id. Read by the identity sync
 * when demo data is on, and by the demo-password guard always, to know which accounts to check.
 */
@Component
public class DemoOfficials {

    public static final String FILE = "demo-officials.yaml";

    private final ReferenceFiles files;
    private final UnitDirectory directory;

    public DemoOfficials(ReferenceFiles files, UnitDirectory directory) {
        this.files = files;
        this.directory = directory;
    }

    /** The officials of the file, validated against the units and groups; empty if there is no file. */
    public List<Official> load() {
        if (!files.exists(FILE)) {
            return List.of();
        }
        var loaded = files.read(FILE, OfficialsFile.class);
        List<Official> officials = loaded.value().officials() == null ? List.of() : loaded.value().officials();
        Set<String> ids = new LinkedHashSet<>();
        Set<String> cityGroups = new LinkedHashSet<>();
        CityGroups.ALL.forEach(g -> cityGroups.add(g.id()));
        for (Official official : officials) {
            if (official == null || official.id() == null || official.id().isBlank()) {
                throw loaded.error(null, "an official without an id");
            }
            String at = "id: " + official.id();
            if (!ids.add(official.id())) {
                throw loaded.error(at, "official " + official.id() + " is listed twice");
            }
            if (official.unit() != null && !directory.isUnit(official.unit())) {
                throw loaded.error(at, "official " + official.id() + " works for unknown unit " + official.unit());
            }
            for (String group : official.groups()) {
                if (!cityGroups.contains(group)) {
                    throw loaded.error(at, "official " + official.id() + " is in unknown group " + group
                            + " (known: " + cityGroups + ")");
                }
            }
        }
        return officials;
    }

    record OfficialsFile(List<Official> officials) {
    }
}
