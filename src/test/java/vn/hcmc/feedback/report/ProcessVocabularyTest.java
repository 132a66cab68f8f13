package vn.hcmc.feedback.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.hcmc.feedback.adoption.AdoptionProcess;
import vn.hcmc.feedback.notification.process.MailDeliveryProcess;
import vn.hcmc.feedback.report.process.CitizenReportProcess;
import vn.hcmc.feedback.report.process.ReportHandlingProcess;
import vn.hcmc.feedback.report.process.ReportRatingProcess;
import vn.hcmc.feedback.report.process.ReportTriageProcess;
import vn.hcmc.feedback.survey.SurveyProcess;

/**
 * Every id that code names through a process's constants class exists in that model: the process id, each task,
 * event, gateway, call activity and sub-process id, each message and each form referenced by a user task. Reads the
 * files under processes/ and forms/ (no engine), so a renamed element fails here and not in a running report.
 */
class ProcessVocabularyTest {

    record Vocabulary(Class<?> constants, String file) {
        @Override
        public String toString() {
            return constants.getSimpleName();
        }
    }

    static Stream<Vocabulary> vocabularies() {
        return Stream.of(new Vocabulary(CitizenReportProcess.class, "citizen-report.bpmn"),
                new Vocabulary(ReportTriageProcess.class, "report-triage.bpmn"),
                new Vocabulary(ReportHandlingProcess.class, "report-handling.bpmn"),
                new Vocabulary(ReportRatingProcess.class, "report-rating.bpmn"),
                new Vocabulary(SurveyProcess.class, "survey-campaign.bpmn"),
                new Vocabulary(AdoptionProcess.class, "adoption-campaign.bpmn"),
                new Vocabulary(MailDeliveryProcess.class, "mail-delivery.bpmn"));
    }

    /** Constant values that look like element ids: Task_…, ServiceTask_…, Gateway_…, EndEvent_… and the like. */
    static final String ELEMENT_ID = "(Task|ServiceTask|UserTask|Gateway|StartEvent|EndEvent|Event|Timer|TimerStart"
            + "|CallActivity|SubProcess|EventSubProcess|BoundaryEvent|ReceiveTask|SendTask|Message)_\\w+";

    @ParameterizedTest
    @MethodSource("vocabularies")
    void everyIdNamedInCodeExistsInItsModel(Vocabulary vocabulary) throws Exception {
        BpmnModelInstance model = Bpmn.readModelFromFile(new File("processes/" + vocabulary.file()));
        Set<String> ids = new HashSet<>();
        model.getModelElementsByType(BaseElement.class).forEach(e -> ids.add(e.getId()));
        Set<String> messages = new HashSet<>();
        model.getModelElementsByType(Message.class).forEach(m -> messages.add(m.getName()));
        Set<String> forms = new HashSet<>();
        model.getModelElementsByType(UserTask.class).forEach(t -> forms.add(t.getCamundaFormRef()));
        Set<String> processes = new HashSet<>();
        model.getModelElementsByType(Process.class).forEach(p -> processes.add(p.getId()));

        List<String> checked = new ArrayList<>();
        for (Field field : vocabulary.constants().getDeclaredFields()) {
            if (!Modifier.isStatic(field.getModifiers()) || field.getType() != String.class) {
                continue;
            }
            field.setAccessible(true);
            String name = field.getName();
            String value = (String) field.get(null);
            if (name.equals("PROCESS_ID")) {
                assertThat(processes).as("%s.%s", vocabulary, name).contains(value);
            } else if (name.startsWith("MESSAGE_") && !value.contains("_")) {
                assertThat(messages).as("%s.%s", vocabulary, name).contains(value);
            } else if (name.startsWith("FORM_") && value.matches("[a-z]+(-[a-z]+)+")) {
                assertThat(forms).as("%s.%s is the form of a user task", vocabulary, name).contains(value);
                assertThat(new File("forms/" + value + ".form")).as("forms/%s.form", value).exists();
                assertThat(new ObjectMapper().readTree(new File("forms/" + value + ".form")).get("id").asText())
                        .isEqualTo(value);
            } else if (value.matches(ELEMENT_ID)) {
                assertThat(ids).as("%s.%s = %s in %s", vocabulary, name, value, vocabulary.file()).contains(value);
            } else {
                continue;
            }
            checked.add(name);
        }
        assertThat(checked).as("ids checked in %s", vocabulary).isNotEmpty();
    }
}
