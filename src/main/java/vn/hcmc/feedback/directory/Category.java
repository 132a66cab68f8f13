package vn.hcmc.feedback.directory;

/**
 * A report category. {@code defaultUnit} is the code of the city body that answers it by default,
 * {@link #WARD} when the ward or commune of the place answers it, or {@link #TRIAGE} when a person decides.
 */
public record Category(String code, String nameVi, String nameEn, String defaultUnit) {

    public static final String WARD = "WARD";
    public static final String TRIAGE = "TRIAGE";

    public boolean answeredByWard() {
        return WARD.equals(defaultUnit);
    }

    public boolean decidedByTriage() {
        return TRIAGE.equals(defaultUnit);
    }
}
