package th.go.dga.standards.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import th.go.dga.standards.taskform.FormSchema;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads every model in {@code bpmn/} with the Camunda BPMN model API and checks what the engine cannot: names,
 * forms, assignments and delegates.
 */
class ProcessModelTests {

    static final Path BPMN = Path.of("bpmn");
    static final Path FORMS = Path.of("forms");
    private static final Pattern THAI = Pattern.compile("[\\u0E00-\\u0E7F]");
    private static final Pattern READABLE_ID = Pattern.compile("^(StartEvent|EndEvent|UserTask|ServiceTask|CallActivity|Gateway|Timer|SubProcess|Flow|Message)_[A-Z][A-Za-z]+$");

    static List<Path> models() throws IOException {
        try (Stream<Path> files = Files.list(BPMN)) {
            return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
        }
    }

    static Set<String> formIds() throws IOException {
        try (Stream<Path> files = Files.list(FORMS)) {
            return files.filter(f -> f.toString().endsWith(".form")).map(f -> {
                try {
                    return FormSchema.parse(Files.readString(f)).id();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).collect(Collectors.toSet());
        }
    }

    @TestFactory
    Stream<DynamicTest> everyModelFollowsTheConventions() throws IOException {
        Set<String> forms = formIds();
        Set<String> processKeys = models().stream().map(f -> f.getFileName().toString().replace(".bpmn", "")).collect(Collectors.toSet());
        return models().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            Bpmn.validateModel(model);
            Collection<Process> processes = model.getModelElementsByType(Process.class);
            assertThat(processes).hasSize(1);
            Process process = processes.iterator().next();
            assertThat(process.getId()).as("file name is the process key").isEqualTo(file.getFileName().toString().replace(".bpmn", ""));
            assertThat(process.isExecutable()).isTrue();
            assertThat(process.getCamundaHistoryTimeToLiveString()).as("history time to live").isNotBlank();

            for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
                assertThat(node.getName()).as("Thai name of %s", node.getId()).isNotBlank().containsPattern(THAI);
                assertThat(node.getId()).as("readable id").matches(READABLE_ID);
            }
            for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
                assertThat(flow.getId()).as("readable id").matches(READABLE_ID);
            }
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                assertThat(task.getCamundaFormRef()).as("form of %s", task.getId()).isNotBlank();
                assertThat(forms).as("forms/ holds the form of %s", task.getId()).contains(task.getCamundaFormRef());
                assertThat(task.getCamundaFormRefBinding()).isEqualTo("deployment");
                assertThat(task.getCamundaAssignee() != null || task.getCamundaCandidateGroups() != null)
                        .as("%s has an assignee or a candidate group", task.getId()).isTrue();
            }
            for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
                if (start.getCamundaFormRef() != null) {
                    assertThat(forms).as("forms/ holds the start form").contains(start.getCamundaFormRef());
                }
            }
            for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
                assertThat(task.getCamundaDelegateExpression()).as("delegate expression of %s", task.getId()).matches("^\\$\\{[a-zA-Z]+\\}$");
                assertThat(task.getCamundaClass()).isNull();
                assertThat(task.getCamundaExpression()).isNull();
            }
            for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
                BaseElement event = (BaseElement) timer.getParentElement();
                assertThat(event.getId()).as("timer id").startsWith("Timer_");
                assertThat(((FlowNode) event).getName()).as("timer name").isNotBlank();
            }
            for (Message message : model.getModelElementsByType(Message.class)) {
                assertThat(message.getName()).as("message name").isNotBlank();
            }
            for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
                assertThat(processKeys).as("called process of %s", call.getId()).contains(call.getCalledElement());
            }
        }));
    }

    @Test
    void everyFormIsUsedByAModel() throws IOException {
        Set<String> used = models().stream().flatMap(file -> {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            return Stream.concat(
                    model.getModelElementsByType(UserTask.class).stream().map(UserTask::getCamundaFormRef),
                    model.getModelElementsByType(StartEvent.class).stream().map(StartEvent::getCamundaFormRef));
        }).filter(java.util.Objects::nonNull).collect(Collectors.toSet());

        assertThat(used).containsExactlyInAnyOrderElementsOf(formIds());
    }

    @Test
    void everyFormFileIsNamedAfterItsId() throws IOException {
        try (Stream<Path> files = Files.list(FORMS)) {
            files.filter(f -> f.toString().endsWith(".form")).forEach(f -> {
                try {
                    assertThat(FormSchema.parse(Files.readString(f)).id()).isEqualTo(f.getFileName().toString().replace(".form", ""));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }

    /**
     * A time entered in Tasklist is the Bangkok wall time the person typed, whatever their browser's zone: the form
     * sends it without an offset, and the server reads a time without one as Bangkok time.
     */
    @Test
    void dateTimeFieldsSendTheWallTimeTyped() throws IOException {
        try (Stream<Path> files = Files.list(FORMS)) {
            for (Path form : files.filter(f -> f.toString().endsWith(".form")).toList()) {
                for (com.fasterxml.jackson.databind.JsonNode field : new com.fasterxml.jackson.databind.ObjectMapper()
                        .readTree(Files.readString(form)).findParents("subtype")) {
                    if (!field.path("subtype").asText().equals("date")) {
                        assertThat(field.path("timeSerializingFormat").asText()).as("%s: %s", form.getFileName(), field.path("key").asText())
                                .isEqualTo("no_timezone");
                    }
                }
            }
        }
    }

    /**
     * What people write — the public's comments, a standard's title, a draft's label, a member's reasons — reaches
     * Tasklist only as the value of an input, which shows it as it is: a text view would read it as Markdown (and
     * markup inside it), so a text view shows only values the system itself writes, and no form has an HTML view.
     */
    @Test
    void textPeopleWroteIsShownOnlyInInputs() throws IOException {
        Set<String> writtenBySystem = Set.of("standardId", "votingBodyName", "votingDueText", "commentPeriodEndText", "standardCode", "commentCount");
        Pattern template = Pattern.compile("\\{\\{\\s*([\\w.]+)");
        try (Stream<Path> files = Files.list(FORMS)) {
            for (Path form : files.filter(f -> f.toString().endsWith(".form")).toList()) {
                String json = Files.readString(form);
                for (com.fasterxml.jackson.databind.JsonNode view : new com.fasterxml.jackson.databind.ObjectMapper().readTree(json)
                        .findParents("type")) {
                    String type = view.path("type").asText();
                    assertThat(type).as("%s has an HTML view", form).isNotEqualTo("html");
                    if (type.equals("text")) {
                        Matcher used = template.matcher(view.path("text").asText());
                        while (used.find()) {
                            assertThat(writtenBySystem).as("a text view of %s shows %s", form.getFileName(), used.group(1)).contains(used.group(1));
                        }
                    }
                }
            }
        }
    }

    /**
     * An input a form only shows is disabled, not read-only: form-js sends a read-only input's value back with the
     * form, and a step refuses a value it does not ask for (form.not-an-input), so Tasklist could not complete it.
     * Inside a dynamic list the read-only inputs stay: the list is sent whole, as one value the step asks for.
     */
    @Test
    void inputsAFormOnlyShowsAreNotSentBack() throws IOException {
        try (Stream<Path> files = Files.list(FORMS)) {
            for (Path form : files.filter(f -> f.toString().endsWith(".form")).toList()) {
                for (com.fasterxml.jackson.databind.JsonNode component : new com.fasterxml.jackson.databind.ObjectMapper()
                        .readTree(Files.readString(form)).path("components")) {
                    assertThat(component.path("readonly").asBoolean(false) && !component.path("disabled").asBoolean(false))
                            .as("%s: %s is read-only but sent back", form.getFileName(), component.path("key").asText()).isFalse();
                }
            }
        }
    }

    /** Every date input names the dates its step can have, so that a date far outside them is refused. */
    @Test
    void everyDateInputNamesItsRange() throws IOException {
        try (Stream<Path> files = Files.list(FORMS)) {
            for (Path form : files.filter(f -> f.toString().endsWith(".form")).toList()) {
                for (th.go.dga.standards.taskform.FormField field : FormSchema.parse(Files.readString(form)).fields()) {
                    if (field.type().equals("datetime")) {
                        assertThat(field.dateRange()).as("%s: %s", form.getFileName(), field.key()).isNotEqualTo(
                                th.go.dga.standards.time.DatePlausibility.Range.ANY);
                    }
                }
            }
        }
    }
}
