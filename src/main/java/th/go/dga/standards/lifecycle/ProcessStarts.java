package th.go.dga.standards.lifecycle;

import java.util.Map;

import org.springframework.stereotype.Service;

import th.go.dga.standards.engine.StartForms;
import th.go.dga.standards.process.StandardLifecycleProcess;
import th.go.dga.standards.registry.Standard;
import th.go.dga.standards.registry.StandardRegistry;

/** Registers a project by starting its lifecycle through the registration form, as Tasklist's start dialog does. */
@Service
public class ProcessStarts {

    private final StartForms startForms;
    private final StandardRegistry registry;

    public ProcessStarts(StartForms startForms, StandardRegistry registry) {
        this.startForms = startForms;
        this.registry = registry;
    }

    /** Registers a project and starts its lifecycle. */
    public Standard register(Map<String, Object> registration) {
        return registry.get(startForms.submit(StandardLifecycleProcess.KEY, registration).getBusinessKey());
    }
}
