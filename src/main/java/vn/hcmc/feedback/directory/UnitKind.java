package vn.hcmc.feedback.directory;

/** What kind of body a unit is. Since 1 July 2025 there are no districts: commune-level units and city bodies. */
public enum UnitKind {
    WARD, COMMUNE, SPECIAL_ZONE, DEPARTMENT, AGENCY, UTILITY;

    /** Wards, communes and the special zone: the units a place belongs to. */
    public boolean isCommuneLevel() {
        return this == WARD || this == COMMUNE || this == SPECIAL_ZONE;
    }
}
