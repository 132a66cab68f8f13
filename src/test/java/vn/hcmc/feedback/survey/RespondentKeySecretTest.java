package vn.hcmc.feedback.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/** The respondent-key secret: required with the postgres profile, and the keys it makes. */
class RespondentKeySecretTest {

    @Configuration
    @EnableConfigurationProperties(SurveyProperties.class)
    @Import(RespondentKeys.class)
    static class KeysOnly {
    }

    static PropertySource<?> yaml(String file) throws IOException {
        return new YamlPropertySourceLoader().load(file, new ClassPathResource(file)).get(0);
    }

    @Test
    void postgresProfileRefusesToStartWithoutTheSecret() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("FEEDBACK_SURVEY_RESPONDENT_KEY_SECRET") == null,
                "the secret is set in this environment");
        PropertySource<?> postgres = yaml("application-postgres.yml");
        PropertySource<?> defaults = yaml("application.yml");
        new ApplicationContextRunner().withUserConfiguration(KeysOnly.class)
                .withInitializer(context -> {
                    context.getEnvironment().getPropertySources().addLast(postgres);
                    context.getEnvironment().getPropertySources().addLast(defaults);
                })
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause()
                            .hasMessageContaining("FEEDBACK_SURVEY_RESPONDENT_KEY_SECRET");
                });
    }

    @Test
    void defaultProfileHasADevelopmentSecret() throws IOException {
        PropertySource<?> defaults = yaml("application.yml");
        new ApplicationContextRunner().withUserConfiguration(KeysOnly.class)
                .withInitializer(context -> context.getEnvironment().getPropertySources().addLast(defaults))
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(RespondentKeys.class));
    }

    @Test
    void shortSecretIsRefusedAndKeysDependOnSurveyKindAndSecret() {
        new ApplicationContextRunner().withUserConfiguration(KeysOnly.class)
                .withPropertyValues("feedback.survey.respondent-key-secret=short")
                .run(context -> assertThat(context).hasFailed());
        RespondentKeys a = new RespondentKeys(new SurveyProperties("a".repeat(40), "city-leaders"));
        RespondentKeys b = new RespondentKeys(new SurveyProperties("b".repeat(40), "city-leaders"));
        String key = a.keyOf(1, "email", "an@x.vn");
        assertThat(key).matches("[0-9a-f]{64}").isEqualTo(a.keyOf(1, "email", "an@x.vn"));
        assertThat(a.keyOf(2, "email", "an@x.vn")).isNotEqualTo(key);
        assertThat(a.keyOf(1, "phone", "an@x.vn")).isNotEqualTo(key);
        assertThat(b.keyOf(1, "email", "an@x.vn")).isNotEqualTo(key);
        assertThat(RespondentKeys.normalisePhone("+84 912-345-678")).isEqualTo("0912345678");
        assertThat(RespondentKeys.normalisePhone("84912345678")).isEqualTo("0912345678");
        assertThat(RespondentKeys.normalisePhone("12345")).isNull();
        assertThat(RespondentKeys.normaliseEmail(" An.Nguyen@Gmail.COM ")).isEqualTo("an.nguyen@gmail.com");
        assertThat(RespondentKeys.normaliseEmail("an nguyen@x")).isNull();
    }
}
