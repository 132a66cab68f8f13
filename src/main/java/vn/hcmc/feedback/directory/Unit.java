package vn.hcmc.feedback.directory;

/**
 * A ward, commune, special zone or city body that answers citizens' reports. {@code officialCode} is the official
 * 5-digit code of a commune-level unit (null for city bodies); {@code code} is the project's stable, readable code.
 */
public record Unit(String code, UnitKind kind, String nameVi, String nameEn, String officialCode) {

    public Unit(String code, UnitKind kind, String nameVi, String nameEn) {
        this(code, kind, nameVi, nameEn, null);
    }

    public static final String GROUP_PREFIX = "unit-";
    public static final String LEADERS_SUFFIX = "-leaders";

    /** The Camunda group of the unit's officials. */
    public String staffGroup() {
        return staffGroupOf(code);
    }

    /** The Camunda group of the unit's leaders. */
    public String leadersGroup() {
        return leadersGroupOf(code);
    }

    public static String staffGroupOf(String unitCode) {
        return GROUP_PREFIX + unitCode;
    }

    public static String leadersGroupOf(String unitCode) {
        return GROUP_PREFIX + unitCode + LEADERS_SUFFIX;
    }
}
