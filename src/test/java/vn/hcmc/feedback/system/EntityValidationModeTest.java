package vn.hcmc.feedback.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Entity;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * application.yml turns Hibernate's Bean Validation of entities off ({@code jakarta.persistence.validation.mode:
 * none}), which is only right while no entity carries a constraint: a constraint added to an entity would be
 * silently ignored.
 */
class EntityValidationModeTest {

    @Test
    void noEntityCarriesABeanValidationConstraint() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Entity.class));
        List<String> constrained = new ArrayList<>();
        int entities = 0;
        for (var candidate : scanner.findCandidateComponents("vn.hcmc.feedback")) {
            Class<?> entity = Class.forName(candidate.getBeanClassName());
            entities++;
            Stream.of(Stream.<AnnotatedElement>of(entity), Stream.of(entity.getDeclaredFields()),
                            Stream.of(entity.getDeclaredMethods()))
                    .flatMap(s -> s)
                    .filter(element -> Stream.of(element.getAnnotations()).map(Annotation::annotationType)
                            .anyMatch(type -> type.getPackageName().startsWith("jakarta.validation")
                                    || type.isAnnotationPresent(jakarta.validation.Constraint.class)))
                    .forEach(element -> constrained.add(entity.getSimpleName() + ": " + element));
        }
        assertThat(entities).as("entities found").isGreaterThan(10);
        assertThat(constrained).as("validate at the API, or set jakarta.persistence.validation.mode back to auto")
                .isEmpty();
    }
}
