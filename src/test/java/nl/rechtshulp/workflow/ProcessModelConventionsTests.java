package nl.rechtshulp.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Conventions every model in {@code processes/} keeps, so people can read them and the engine can run them. */
class ProcessModelConventionsTests {

    private static final Path PROCESSES = Path.of("processes");
    private static final Pattern MEANINGFUL_ID = Pattern.compile(
            "(StartEvent|EndEvent|Event|Task|Gateway|BoundaryEvent|Flow|SubProcess|CallActivity|Message|TimerEventDefinition|MessageEventDefinition)_[A-Z][A-Za-z]+");
    private static final Pattern BEAN_EXPRESSION = Pattern.compile("\\$\\{([a-z][A-Za-z]+(Delegate|TaskListener))}");

    static Stream<Path> models() throws IOException {
        return Files.list(PROCESSES).filter(path -> path.toString().endsWith(".bpmn")).sorted();
    }

    @ParameterizedTest
    @MethodSource("models")
    void processIdMatchesFileNameAndKeepsHistoryForADocumentedTime(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        var processes = model.getModelElementsByType(Process.class);
        assertThat(processes).hasSize(1);
        Process process = processes.iterator().next();
        assertThat(process.getId()).endsWith("Process").isEqualTo(file.getFileName().toString().replace(".bpmn", ""));
        assertThat(process.getCamundaHistoryTimeToLiveString()).isNotBlank();
        assertThat(process.getDocumentations()).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("models")
    void everyElementHasAMeaningfulIdAndADiagramShape(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        var elements = Stream.concat(model.getModelElementsByType(FlowNode.class).stream(),
                model.getModelElementsByType(SequenceFlow.class).stream()).toList();
        assertThat(elements).isNotEmpty();
        for (BaseElement element : elements) {
            assertThat(element.getId()).as("id in %s", file).matches(MEANINGFUL_ID);
            assertThat(element.getDiagramElement()).as("diagram element of %s", element.getId()).isNotNull();
        }
    }

    @ParameterizedTest
    @MethodSource("models")
    void everyUserTaskHasACandidateGroupAndAFormThatExists(Path file) throws IOException {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            assertThat(task.getCamundaCandidateGroups()).as("candidate groups of %s", task.getId()).isNotBlank();
            assertThat(task.getCamundaCandidateGroups()).doesNotContain("auditors");
            assertFormExists(task.getCamundaFormRef(), task.getId());
        }
        for (var start : model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.StartEvent.class)) {
            // A process the system starts is hidden from the Tasklist and needs no start form.
            if (start.getParentElement() instanceof Process process && process.isCamundaStartableInTasklist()) {
                assertFormExists(start.getCamundaFormRef(), start.getId());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("models")
    void everyBeanAModelCallsExists(Path file) throws IOException {
        Matcher beans = BEAN_EXPRESSION.matcher(Files.readString(file));
        List<String> missing = new java.util.ArrayList<>();
        while (beans.find()) {
            String className = Character.toUpperCase(beans.group(1).charAt(0)) + beans.group(1).substring(1) + ".java";
            try (var sources = Files.walk(Path.of("src/main/java"))) {
                if (sources.noneMatch(source -> source.getFileName().toString().equals(className))) {
                    missing.add(className);
                }
            }
        }
        assertThat(missing).as("classes behind the model's expressions").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("decisions")
    void everyDecisionIsNamedAfterItsFileAndKeepsHistory(Path file) throws IOException {
        String dmn = Files.readString(file);
        String key = file.getFileName().toString().replace(".dmn", "");
        assertThat(key).endsWith("Decision");
        assertThat(dmn).contains("<decision id=\"" + key + "\"").contains("camunda:historyTimeToLive=");
    }

    static Stream<Path> decisions() throws IOException {
        return Files.list(PROCESSES).filter(path -> path.toString().endsWith(".dmn")).sorted();
    }

    private static void assertFormExists(String formRef, String elementId) throws IOException {
        assertThat(formRef).as("form of %s", elementId).isNotBlank().endsWith("Form");
        Path form = PROCESSES.resolve(formRef + ".form");
        assertThat(form).as("form file for %s", elementId).exists();
        assertThat(new ObjectMapper().readTree(form.toFile()).path("id").asText()).isEqualTo(formRef);
    }
}
