package vn.hcmc.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import vn.hcmc.feedback.directory.IdentitySync;
import vn.hcmc.feedback.directory.ReferenceDataException;

/**
 * Starting the application again on the same database (a restart, or a second node) changes nothing: no new
 * model versions, no duplicate users, groups, memberships or authorizations. A broken reference file stops it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RestartTest {

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    IdentityService identityService;
    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    IdentitySync identitySync;


    /** A node without a web server: the engine, JPA and the start-up work, which is what a restart repeats. */
    static final String NO_WEB_REST = "spring.autoconfigure.exclude="
            + "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration";

    @TempDir
    Path brokenReference;

    @Test
    void everyModelAndFormOfTheProjectIsDeployed() throws IOException {
        List<String> deployed = repositoryService.createDeploymentQuery().list().stream()
                .flatMap(d -> repositoryService.getDeploymentResources(d.getId()).stream())
                .map(Resource::getName).toList();
        for (Path file : projectModels()) {
            assertThat(deployed).as("deployed resources").anyMatch(name -> name.endsWith(file.getFileName().toString()));
        }
    }

    @Test
    void secondStartOnTheSameDatabaseAddsNothing() {
        Snapshot before = snapshot();
        assertThat(before.users()).isGreaterThan(50);
        assertThat(before.groups()).isGreaterThan(50);

        IdentitySync.Result again = identitySync.sync();
        assertThat(again).isEqualTo(new IdentitySync.Result(0, 0, 0, 0));

        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(FeedbackApplication.class)
                .web(WebApplicationType.NONE)
                .run("--camunda.bpm.process-engine-name=second-node", "--spring.jmx.enabled=false",
                        "--camunda.bpm.job-execution.enabled=false", "--" + NO_WEB_REST)) {
            assertThat(second.isRunning()).isTrue();
        }
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void malformedReferenceFileStopsStartUpNamingFileAndLine() throws IOException {
        Files.writeString(brokenReference.resolve("units.yaml"), """
                units:
                  - { code: ben-thanh, kind: WARD, nameVi: "Phường Bến Thành", nameEn: "Ben Thanh Ward" }
                  - { code: tan-dinh, kind: WARD, nameVi: "Phường Tân Định", nameEn: [oops }
                """);

        assertThatThrownBy(() -> new SpringApplicationBuilder(FeedbackApplication.class)
                .web(WebApplicationType.NONE)
                .run("--camunda.bpm.process-engine-name=broken-node", "--spring.jmx.enabled=false",
                        "--camunda.bpm.job-execution.enabled=false", "--" + NO_WEB_REST,
                        "--feedback.reference.location=" + brokenReference.toUri()).close())
                                .satisfies(e -> assertThat(findReferenceError(e)).hasMessageContaining("units.yaml, line 3"));
    }

    private static Throwable findReferenceError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ReferenceDataException) {
                return t;
            }
        }
        throw new AssertionError("no ReferenceDataException in " + e);
    }

    private Snapshot snapshot() {
        long memberships = identityService.createGroupQuery().list().stream()
                .mapToLong(g -> identityService.createUserQuery().memberOfGroup(g.getId()).count()).sum();
        return new Snapshot(identityService.createUserQuery().count(), identityService.createGroupQuery().count(),
                memberships, authorizationService.createAuthorizationQuery().count(),
                repositoryService.createProcessDefinitionQuery().count(),
                repositoryService.createDecisionDefinitionQuery().count(),
                repositoryService.createDeploymentQuery().count());
    }

    static List<Path> projectModels() throws IOException {
        List<Path> files = new java.util.ArrayList<>();
        for (String folder : List.of("processes", "forms")) {
            Path dir = Path.of(folder);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> walk = Files.walk(dir)) {
                    walk.filter(p -> p.toString().matches(".*\\.(bpmn|dmn|form)$")).forEach(files::add);
                }
            }
        }
        return files;
    }

    record Snapshot(long users, long groups, long memberships, long authorizations, long processDefinitions,
                    long decisionDefinitions, long deployments) {
    }
}
