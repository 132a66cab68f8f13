package vn.hcmc.feedback.survey;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.hcmc.feedback.redaction.RedactionService;
import vn.hcmc.feedback.system.Refusal;

/**
 * Checks answers against the questions' types, bounds and conditions, naming every violation in one 400 problem,
 * and turns valid answers into the rows to store. Free text is redacted here, so personal data in it is never
 * stored.
 */
@Component
class AnswerValidator {

    private final RedactionService redaction;

    AnswerValidator(RedactionService redaction) {
        this.redaction = redaction;
    }

    List<AnswerItem> validate(SurveyContent content, Map<String, JsonNode> answers) {
        List<String> errors = new ArrayList<>();
        List<AnswerItem> items = new ArrayList<>();
        Map<String, String> singleChoices = new HashMap<>();
        Set<String> known = new HashSet<>();
        for (Question q : content.questions()) {
            known.add(q.id());
            JsonNode value = answers.get(q.id());
            boolean present = value != null && !value.isNull()
                    && !(value.isTextual() && value.asText().isBlank())
                    && !(value.isArray() && value.isEmpty() && q.type() != QuestionType.MULTIPLE_CHOICE);
            if (q.showIf() != null && !q.showIf().equals().equals(singleChoices.get(q.showIf().question()))) {
                if (value != null && !value.isNull()) {
                    errors.add(q.id() + ": is shown only when " + q.showIf().question() + " is '"
                            + q.showIf().equals() + "'; leave it out");
                }
                continue;
            }
            if (!present) {
                if (q.required()) {
                    errors.add(q.id() + ": an answer is required");
                }
                continue;
            }
            switch (q.type()) {
                case SINGLE_CHOICE -> singleChoice(q, value, errors, items, singleChoices);
                case MULTIPLE_CHOICE -> multipleChoice(q, value, errors, items);
                case RATING -> rating(q, value, errors, items);
                case NUMBER -> number(q, value, errors, items);
                case FREE_TEXT -> freeText(q, value, errors, items);
            }
        }
        for (String id : answers.keySet()) {
            if (!known.contains(id)) {
                errors.add(id + ": there is no such question");
            }
        }
        if (!errors.isEmpty()) {
            throw new Refusal(Refusal.Reason.INVALID, "invalid-answers", "Câu trả lời không hợp lệ / Invalid answers",
                    String.join("; ", errors), Map.of("errors", errors));
        }
        return items;
    }

    private static void singleChoice(Question q, JsonNode value, List<String> errors, List<AnswerItem> items,
                                     Map<String, String> singleChoices) {
        if (!value.isTextual() || q.choice(value.asText()).isEmpty()) {
            errors.add(q.id() + ": must be one of " + choiceIds(q));
            return;
        }
        singleChoices.put(q.id(), value.asText());
        items.add(AnswerItem.choice(q.id(), value.asText()));
    }

    private static void multipleChoice(Question q, JsonNode value, List<String> errors, List<AnswerItem> items) {
        if (!value.isArray()) {
            errors.add(q.id() + ": must be a list of choices from " + choiceIds(q));
            return;
        }
        Set<String> selected = new LinkedHashSet<>();
        for (JsonNode element : value) {
            if (!element.isTextual() || q.choice(element.asText()).isEmpty()) {
                errors.add(q.id() + ": '" + element.asText() + "' is not one of " + choiceIds(q));
                return;
            }
            if (!selected.add(element.asText())) {
                errors.add(q.id() + ": '" + element.asText() + "' is selected twice");
                return;
            }
        }
        int min = q.minSelectionsOrDefault();
        int max = q.maxSelectionsOrDefault();
        if (selected.size() < min || selected.size() > max) {
            errors.add(q.id() + ": select from " + min + " to " + max + " choices (got " + selected.size() + ")");
            return;
        }
        selected.forEach(choice -> items.add(AnswerItem.choice(q.id(), choice)));
    }

    private static void rating(Question q, JsonNode value, List<String> errors, List<AnswerItem> items) {
        if (!value.isIntegralNumber() || value.asInt() < Question.RATING_MIN || value.asInt() > Question.RATING_MAX) {
            errors.add(q.id() + ": a rating must be a whole number from " + Question.RATING_MIN + " to "
                    + Question.RATING_MAX);
            return;
        }
        items.add(AnswerItem.number(q.id(), value.asInt()));
    }

    private static void number(Question q, JsonNode value, List<String> errors, List<AnswerItem> items) {
        if (!value.isNumber() || !Double.isFinite(value.asDouble())) {
            errors.add(q.id() + ": must be a number");
            return;
        }
        double n = value.asDouble();
        if (q.integerOnly() && (n != Math.rint(n))) {
            errors.add(q.id() + ": must be a whole number");
            return;
        }
        if (n < q.min() || n > q.max()) {
            errors.add(q.id() + ": must be between " + format(q.min()) + " and " + format(q.max()));
            return;
        }
        items.add(AnswerItem.number(q.id(), n));
    }

    private void freeText(Question q, JsonNode value, List<String> errors, List<AnswerItem> items) {
        if (!value.isTextual()) {
            errors.add(q.id() + ": must be text");
            return;
        }
        String text = value.asText().strip();
        if (text.codePointCount(0, text.length()) > q.maxLengthOrDefault()) {
            errors.add(q.id() + ": at most " + q.maxLengthOrDefault() + " characters");
            return;
        }
        String redacted = redaction.redact(text, null).redacted();
        if (redacted.length() > Question.MAX_TEXT_LENGTH) {
            redacted = redacted.substring(0, Question.MAX_TEXT_LENGTH);
        }
        items.add(AnswerItem.text(q.id(), redacted));
    }

    private static List<String> choiceIds(Question q) {
        return q.choiceList().stream().map(Question.Choice::id).toList();
    }

    private static String format(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
