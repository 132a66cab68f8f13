package vn.hcmc.feedback.survey;

import java.util.List;
import java.util.Optional;

/** The part of a design kept as one JSON column: descriptions and questions. */
public record SurveyContent(String descriptionVi, String descriptionEn, List<Question> questions) {

    public Optional<Question> question(String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst();
    }
}
