package th.go.dga.standards.model;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every constant that names an element of a model names one that exists, so renaming an element in the modeler
 * without the code fails here rather than in production.
 */
class ProcessConstantsTests {

    @ParameterizedTest
    @ValueSource(strings = {
            "th.go.dga.standards.process.StandardLifecycleProcess",
            "th.go.dga.standards.process.ProjectWithdrawalProcess",
            "th.go.dga.standards.process.CommitteeVoteProcess",
            "th.go.dga.standards.process.PublicHearingProcess",
            "th.go.dga.standards.process.GovernmentStandardEnactmentProcess",
            "th.go.dga.standards.process.StandardPromotionProcess",
            "th.go.dga.standards.process.NotificationDeliveryProcess"})
    void everyElementConstantNamesAnElementOfItsModel(String className) throws Exception {
        Class<?> constants = Class.forName(className);
        String key = (String) constants.getField("KEY").get(null);
        BpmnModelInstance model = Bpmn.readModelFromFile(Path.of("bpmn", key + ".bpmn").toFile());
        Set<String> ids = model.getModelElementsByType(FlowElement.class).stream().map(FlowElement::getId).collect(Collectors.toSet());
        Set<String> messages = model.getModelElementsByType(Message.class).stream().map(Message::getName).collect(Collectors.toSet());

        List<Field> fields = List.of(constants.getDeclaredFields()).stream()
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class && !f.getName().equals("KEY")
                        && !f.getName().startsWith("OUTCOME_"))
                .toList();
        assertThat(fields).isNotEmpty();
        for (Field field : fields) {
            String value = (String) field.get(null);
            if (field.getName().startsWith("MESSAGE_")) {
                assertThat(messages).as("%s.%s", constants.getSimpleName(), field.getName()).contains(value);
            } else {
                assertThat(ids).as("%s.%s", constants.getSimpleName(), field.getName()).contains(value);
            }
        }
    }
}
