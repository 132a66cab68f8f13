package vn.hcmc.feedback.survey;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;

/**
 * One question. Which of the optional fields apply depends on the type: {@code choices} (single and multiple choice),
 * {@code minSelections}/{@code maxSelections} (multiple choice), {@code min}/{@code max}/{@code integer} (number),
 * {@code maxLength} (free text). {@code showIf} shows it only when an earlier single-choice question has a given
 * answer.
 */
public record Question(
        @NotBlank @Size(max = 40) String id,
        @NotNull QuestionType type,
        @NotBlank @Size(max = 1000) String textVi,
        @Size(max = 1000) String textEn,
        boolean required,
        @Size(max = 30) List<@Valid Choice> choices,
        Integer minSelections,
        Integer maxSelections,
        Double min,
        Double max,
        Boolean integer,
        Integer maxLength,
        @Valid Condition showIf) {

    public static final int RATING_MIN = 1;
    public static final int RATING_MAX = 5;
    public static final int MAX_TEXT_LENGTH = 2000;

    public List<Choice> choiceList() {
        return choices == null ? List.of() : choices;
    }

    public Optional<Choice> choice(String choiceId) {
        return choiceList().stream().filter(c -> c.id().equals(choiceId)).findFirst();
    }

    public int minSelectionsOrDefault() {
        return minSelections != null ? minSelections : (required ? 1 : 0);
    }

    public int maxSelectionsOrDefault() {
        return maxSelections != null ? maxSelections : choiceList().size();
    }

    public boolean integerOnly() {
        return Boolean.TRUE.equals(integer);
    }

    public int maxLengthOrDefault() {
        return maxLength != null ? maxLength : MAX_TEXT_LENGTH;
    }

    public record Choice(@NotBlank @Size(max = 40) String id, @NotBlank @Size(max = 300) String labelVi,
                         @Size(max = 300) String labelEn) {
    }

    /** Show the question only when the earlier single-choice question {@code question} was answered {@code equals}. */
    public record Condition(@NotBlank String question, @NotBlank String equals) {
    }
}
