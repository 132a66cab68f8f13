package vn.hcmc.feedback.answer;

import java.util.Arrays;
import java.util.Optional;

/** What the unit's answer says about the problem. The API and the feed use the lower-case codes. */
public enum AnswerOutcome {
    RESOLVED("resolved", "Đã giải quyết", "Resolved"),
    PARTLY_RESOLVED("partly_resolved", "Đã giải quyết một phần", "Partly resolved"),
    /** Another body must act; the answer names it (competentBody). */
    NOT_WITHIN_COMPETENCE("not_within_competence", "Không thuộc thẩm quyền", "Not within competence"),
    /** The answer's text gives the reason. */
    CANNOT_BE_RESOLVED("cannot_be_resolved", "Không thể giải quyết", "Cannot be resolved");

    private final String code;
    private final String nameVi;
    private final String nameEn;

    AnswerOutcome(String code, String nameVi, String nameEn) {
        this.code = code;
        this.nameVi = nameVi;
        this.nameEn = nameEn;
    }

    public String code() {
        return code;
    }

    public String nameVi() {
        return nameVi;
    }

    public String nameEn() {
        return nameEn;
    }

    public static Optional<AnswerOutcome> ofCode(String code) {
        return Arrays.stream(values()).filter(o -> o.code.equals(code)).findFirst();
    }
}
