package th.go.dga.standards.privacy;

import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps the engine from writing the fields of a submitted form into its history. At history level full it keeps every
 * text a form submits twice: as an update of the variable the field sets, and as a form field of its own
 * ({@code act_hi_detail} with type {@code FormProperty}, {@code formField} in the REST API). The engine has no way to
 * delete one form field, so a person's details typed into a form would stay there after their erasure; the variable
 * updates hold the same values, and the erasure reaches them. Migration 12 removed the form fields kept before.
 * <p>
 * The history level stays {@code full}: a level of our own would be a different level to the engine, which refuses to
 * start on a database made with another one.
 */
@Component
class NoFormFieldHistory extends AbstractProcessEnginePlugin {

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        // by now the engine has made its handler (the database's, and any others configured), and it looks the
        // handler up for every event: whatever this one lets through goes on as before
        configuration.setHistoryEventHandler(new WithoutFormFields(configuration.getHistoryEventHandler()));
    }

    /** Passes every history event on, except a form's fields. */
    static final class WithoutFormFields implements HistoryEventHandler {

        private final HistoryEventHandler next;

        WithoutFormFields(HistoryEventHandler next) {
            this.next = next;
        }

        @Override
        public void handleEvent(HistoryEvent event) {
            if (!isFormField(event)) {
                next.handleEvent(event);
            }
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            next.handleEvents(events.stream().filter(event -> !isFormField(event)).toList());
        }

        private static boolean isFormField(HistoryEvent event) {
            return event.isEventOfType(HistoryEventTypes.FORM_PROPERTY_UPDATE);
        }
    }
}
