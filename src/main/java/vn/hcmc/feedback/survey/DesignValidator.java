package vn.hcmc.feedback.survey;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.hcmc.feedback.directory.UnitDirectory;
import vn.hcmc.feedback.system.Refusal;

/**
 * The rules of a survey design that span fields: unique ids, at least one question, choices where needed, sane
 * bounds, conditions that point back to an earlier single-choice question, a closing after the opening. Every
 * violation is named in one 400 problem.
 */
@Component
class DesignValidator {

    static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,39}");

    private final UnitDirectory directory;
    private final PhoneVerification phones;

    DesignValidator(UnitDirectory directory, PhoneVerification phones) {
        this.directory = directory;
        this.phones = phones;
    }

    void validate(SurveyDesign design, Instant now) {
        List<String> errors = new ArrayList<>();
        if (design.anonymity() == Anonymity.VERIFIED_PHONE && !phones.available()) {
            errors.add("anonymity: VERIFIED_PHONE needs an SMS gateway (feedback.sms.gateway-url), and none is "
                    + "configured");
        }
        if (!design.closesAt().isAfter(design.opensAt())) {
            errors.add("closesAt: must be after opensAt");
        }
        if (!design.closesAt().isAfter(now)) {
            errors.add("closesAt: must be in the future");
        }
        Set<String> units = new HashSet<>();
        for (String unit : design.audience()) {
            if (!directory.isUnit(unit)) {
                errors.add("audienceUnits: unknown unit '" + unit + "'");
            } else if (!units.add(unit)) {
                errors.add("audienceUnits: unit '" + unit + "' listed twice");
            }
        }
        if (design.questions().isEmpty()) {
            errors.add("questions: at least one question is needed");
        }
        Map<String, Question> earlier = new HashMap<>();
        for (Question q : design.questions()) {
            String at = "questions[" + q.id() + "]";
            if (!ID.matcher(q.id()).matches()) {
                errors.add(at + ".id: must start with a letter and use letters, digits, '_' or '-' (at most 40)");
            }
            if (earlier.containsKey(q.id())) {
                errors.add(at + ".id: used by more than one question");
            }
            checkType(q, at, errors);
            checkCondition(q, at, earlier, errors);
            earlier.putIfAbsent(q.id(), q);
        }
        if (!errors.isEmpty()) {
            throw new Refusal(Refusal.Reason.INVALID, "invalid-survey", "Khảo sát không hợp lệ / Invalid survey",
                    String.join("; ", errors), Map.of("errors", errors));
        }
    }

    private static void checkType(Question q, String at, List<String> errors) {
        if (q.type().hasChoices()) {
            if (q.choiceList().size() < 2) {
                errors.add(at + ".choices: a " + q.type() + " question needs at least two choices");
            }
            Set<String> ids = new HashSet<>();
            for (Question.Choice c : q.choiceList()) {
                if (!ID.matcher(c.id()).matches()) {
                    errors.add(at + ".choices[" + c.id() + "].id: must start with a letter and use letters, digits, '_' or '-'");
                }
                if (!ids.add(c.id())) {
                    errors.add(at + ".choices[" + c.id() + "].id: used twice");
                }
            }
        } else if (!q.choiceList().isEmpty()) {
            errors.add(at + ".choices: only choice questions have choices");
        }
        if (q.type() == QuestionType.MULTIPLE_CHOICE) {
            int min = q.minSelectionsOrDefault();
            int max = q.maxSelectionsOrDefault();
            if (min < 0) {
                errors.add(at + ".minSelections: must not be negative");
            }
            if (max < 1 || max > q.choiceList().size()) {
                errors.add(at + ".maxSelections: must be between 1 and the number of choices");
            }
            if (min > max) {
                errors.add(at + ".minSelections: must not exceed maxSelections");
            }
            if (q.required() && min < 1) {
                errors.add(at + ".minSelections: a required question needs at least one selection");
            }
        } else if (q.minSelections() != null || q.maxSelections() != null) {
            errors.add(at + ": minSelections and maxSelections are for MULTIPLE_CHOICE questions only");
        }
        if (q.type() == QuestionType.NUMBER) {
            if (q.min() == null || q.max() == null) {
                errors.add(at + ": a NUMBER question needs both bounds, min and max");
            } else if (!(q.min() < q.max()) || q.min().isInfinite() || q.max().isInfinite()) {
                errors.add(at + ".min: must be less than max");
            }
        } else if (q.min() != null || q.max() != null || q.integer() != null) {
            errors.add(at + ": min, max and integer are for NUMBER questions only");
        }
        if (q.type() == QuestionType.FREE_TEXT) {
            if (q.maxLength() != null && (q.maxLength() < 1 || q.maxLength() > Question.MAX_TEXT_LENGTH)) {
                errors.add(at + ".maxLength: must be between 1 and " + Question.MAX_TEXT_LENGTH);
            }
        } else if (q.maxLength() != null) {
            errors.add(at + ".maxLength: is for FREE_TEXT questions only");
        }
    }

    private static void checkCondition(Question q, String at, Map<String, Question> earlier, List<String> errors) {
        if (q.showIf() == null) {
            return;
        }
        Question on = earlier.get(q.showIf().question());
        if (on == null) {
            errors.add(at + ".showIf.question: '" + q.showIf().question() + "' is not an earlier question");
        } else if (on.type() != QuestionType.SINGLE_CHOICE) {
            errors.add(at + ".showIf.question: '" + on.id() + "' is not a SINGLE_CHOICE question");
        } else if (on.choice(q.showIf().equals()).isEmpty()) {
            errors.add(at + ".showIf.equals: '" + q.showIf().equals() + "' is not a choice of '" + on.id() + "'");
        }
    }
}
