package vn.hcmc.feedback.directory;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The units and categories of the city, from {@code units.yaml} and {@code categories.yaml}. Loaded once at start;
 * every node of a cluster reads the same files, so nothing here needs to be kept coherent between nodes.
 */
@Service
public class UnitDirectory {

    private static final Logger log = LoggerFactory.getLogger(UnitDirectory.class);
    private static final Pattern UNIT_CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern OFFICIAL_CODE = Pattern.compile("[0-9]{5}");
    private static final Pattern CATEGORY_CODE = Pattern.compile("[a-z]+(_[a-z]+)*");

    private final Map<String, Unit> units;
    private final Map<String, Category> categories;

    public UnitDirectory(ReferenceFiles files) {
        this.units = loadUnits(files.read("units.yaml", UnitsFile.class));
        this.categories = loadCategories(files.read("categories.yaml", CategoriesFile.class), units);
        log.info("Reference data: {} units ({} commune-level), {} categories", units.size(),
                units.values().stream().filter(u -> u.kind().isCommuneLevel()).count(), categories.size());
    }

    public List<Unit> units() {
        return List.copyOf(units.values());
    }

    public Optional<Unit> unit(String code) {
        return Optional.ofNullable(code == null ? null : units.get(code));
    }

    public boolean isUnit(String code) {
        return code != null && units.containsKey(code);
    }

    public List<Category> categories() {
        return List.copyOf(categories.values());
    }

    public Optional<Category> category(String code) {
        return Optional.ofNullable(code == null ? null : categories.get(code));
    }

    public boolean isCategory(String code) {
        return code != null && categories.containsKey(code);
    }

    private static Map<String, Unit> loadUnits(ReferenceFiles.Loaded<UnitsFile> file) {
        if (file.value().units() == null || file.value().units().isEmpty()) {
            throw file.error("units", "no units listed");
        }
        Map<String, Unit> byCode = new LinkedHashMap<>();
        Set<String> officialCodes = new HashSet<>();
        for (Unit unit : file.value().units()) {
            if (unit == null || unit.code() == null) {
                throw file.error(null, "a unit without a code");
            }
            String at = "code: " + unit.code();
            if (!UNIT_CODE.matcher(unit.code()).matches()) {
                throw file.error(at, "unit code '" + unit.code() + "' must be lowercase letters, digits and hyphens");
            }
            if (unit.kind() == null) {
                throw file.error(at, "unit " + unit.code() + " has no kind");
            }
            if (isBlank(unit.nameVi()) || isBlank(unit.nameEn())) {
                throw file.error(at, "unit " + unit.code() + " needs both nameVi and nameEn");
            }
            if (!unit.kind().isCommuneLevel() && unit.officialCode() != null) {
                throw file.error(at, "unit " + unit.code() + " is a city body; only wards, communes and the special "
                        + "zone have an officialCode");
            }
            if (unit.officialCode() != null && !OFFICIAL_CODE.matcher(unit.officialCode()).matches()) {
                throw file.error(at, "unit " + unit.code() + " has officialCode '" + unit.officialCode()
                        + "'; it must be 5 digits, quoted (\"26734\")");
            }
            if (byCode.putIfAbsent(unit.code(), unit) != null) {
                throw file.error(at, "unit code " + unit.code() + " is listed twice");
            }
            if (unit.officialCode() != null && !officialCodes.add(unit.officialCode())) {
                throw file.error(at, "officialCode " + unit.officialCode() + " is given to two units");
            }
        }
        return Collections.unmodifiableMap(byCode);
    }

    private static Map<String, Category> loadCategories(ReferenceFiles.Loaded<CategoriesFile> file,
                                                        Map<String, Unit> units) {
        if (file.value().categories() == null || file.value().categories().isEmpty()) {
            throw file.error("categories", "no categories listed");
        }
        Map<String, Category> byCode = new LinkedHashMap<>();
        for (Category category : file.value().categories()) {
            if (category == null || category.code() == null) {
                throw file.error(null, "a category without a code");
            }
            String at = "code: " + category.code();
            if (!CATEGORY_CODE.matcher(category.code()).matches()) {
                throw file.error(at, "category code '" + category.code() + "' must be lowercase words joined by _");
            }
            if (isBlank(category.nameVi()) || isBlank(category.nameEn())) {
                throw file.error(at, "category " + category.code() + " needs both nameVi and nameEn");
            }
            String unit = category.defaultUnit();
            if (isBlank(unit) || !(Category.WARD.equals(unit) || Category.TRIAGE.equals(unit) || units.containsKey(unit))) {
                throw file.error(at, "category " + category.code() + " has defaultUnit '" + unit
                        + "', which is neither a unit code from units.yaml nor WARD or TRIAGE");
            }
            if (byCode.putIfAbsent(category.code(), category) != null) {
                throw file.error(at, "category code " + category.code() + " is listed twice");
            }
        }
        return Collections.unmodifiableMap(byCode);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    record UnitsFile(List<Unit> units) {
    }

    record CategoriesFile(List<Category> categories) {
    }
}
