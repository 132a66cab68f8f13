package vn.hcmc.feedback.handling;

import org.springframework.stereotype.Component;
import vn.hcmc.feedback.directory.UnitDirectory;

/**
 * What a unit may choose on the handling form, checked the same way for Tasklist and for the staff API. Knows
 * nothing of the engine; a refusal is an {@link IllegalArgumentException} with a message for the official.
 */
@Component
public class HandlingRules {

    public static final String ANSWER = "answer";
    public static final String INFORMATION = "information";
    public static final String TRANSFER = "transfer";
    public static final String EXTENSION = "extension";
    public static final int MAX_TEXT = 2000;

    private final UnitDirectory directory;

    public HandlingRules(UnitDirectory directory) {
        this.directory = directory;
    }

    /** The unit's choice, checked. Only the fields of the chosen action are kept. */
    public record Decision(String action, String question, String unitCode, String reason, Integer workingDays) {
    }

    /** The form's Vietnamese label of each text field, for the refusals the official reads under the form. */
    private static final java.util.Map<String, String> LABELS = java.util.Map.of("question", "Câu hỏi cho người dân",
            "reason", "Lý do");

    public Decision check(String action, String question, String transferUnitCode, String reason, Object workingDays,
                          String currentUnit) {
        if (action == null || action.isBlank()) {
            throw new IllegalArgumentException("Chọn hướng xử lý / choose handlingAction: answer, information, transfer or extension.");
        }
        return switch (action.trim()) {
            case ANSWER -> new Decision(ANSWER, null, null, null, null);
            case INFORMATION -> new Decision(INFORMATION, text("question", question), null, null, null);
            case TRANSFER -> {
                String unit = transferUnitCode == null ? null : transferUnitCode.trim();
                if (unit == null || unit.isEmpty()) {
                    throw new IllegalArgumentException("Chọn đơn vị nhận / a transfer needs the unitCode of the unit to transfer to.");
                }
                if (!directory.isUnit(unit)) {
                    throw new IllegalArgumentException("Không có đơn vị '" + unit + "' / '" + unit + "' is not a unit in units.yaml.");
                }
                if (unit.equals(currentUnit)) {
                    throw new IllegalArgumentException("Phản ánh đã ở đơn vị này / the report is already with " + unit + ".");
                }
                yield new Decision(TRANSFER, null, unit, text("reason", reason), null);
            }
            case EXTENSION -> new Decision(EXTENSION, null, null, text("reason", reason), days(workingDays));
            default -> throw new IllegalArgumentException("Hướng xử lý không hợp lệ / unknown handlingAction '" + action
                    + "': answer, information, transfer or extension.");
        };
    }

    static String text(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(LABELS.getOrDefault(field, field) + ": bắt buộc / the " + field + " is required.");
        }
        String text = value.strip();
        if (text.length() > MAX_TEXT) {
            throw new IllegalArgumentException(LABELS.getOrDefault(field, field) + ": tối đa " + MAX_TEXT + " ký tự / the " + field
                    + " has at most " + MAX_TEXT + " characters.");
        }
        return text;
    }

    static int days(Object value) {
        int days;
        if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            days = n.intValue();
        } else if (value instanceof String s && s.trim().matches("\\d{1,3}")) {
            days = Integer.parseInt(s.trim());
        } else {
            throw new IllegalArgumentException("Số ngày gia hạn phải là số nguyên / workingDays must be a whole number of working days.");
        }
        if (days < 1) {
            throw new IllegalArgumentException("Gia hạn ít nhất 1 ngày làm việc / workingDays must be at least 1.");
        }
        return days;
    }

    /** A leader's decision on an extension: approved is required; a refusal needs a comment. */
    public record ExtensionDecision(boolean approved, String comment) {
    }

    public ExtensionDecision checkExtensionDecision(Object approved, String comment) {
        Boolean value = approved instanceof Boolean b ? b
                : approved instanceof String s && (s.equals("true") || s.equals("false")) ? Boolean.valueOf(s) : null;
        if (value == null) {
            throw new IllegalArgumentException("Chọn đồng ý hoặc từ chối / approved must be true or false.");
        }
        String clean = comment == null || comment.isBlank() ? null : comment.strip();
        if (!value && clean == null) {
            throw new IllegalArgumentException("Từ chối gia hạn cần ý kiến cho đơn vị / a refusal needs a comment for the unit.");
        }
        if (clean != null && clean.length() > MAX_TEXT) {
            throw new IllegalArgumentException("Ý kiến tối đa " + MAX_TEXT + " ký tự / the comment has at most " + MAX_TEXT + " characters.");
        }
        return new ExtensionDecision(value, clean);
    }
}
