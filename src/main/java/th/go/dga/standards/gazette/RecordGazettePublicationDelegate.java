package th.go.dga.standards.gazette;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static th.go.dga.standards.process.GovernmentStandardEnactmentProcess.Var.EFFECTIVE_AT;

/** Records the publication; the effective-date timer waits for the moment it returns. */
@Component("recordGazettePublication")
class RecordGazettePublicationDelegate implements JavaDelegate {

    private final GazetteService gazette;

    RecordGazettePublicationDelegate(GazetteService gazette) {
        this.gazette = gazette;
    }

    @Override
    public void execute(DelegateExecution execution) {
        GazettePublication publication = GazetteInput.publication(execution.getVariables()).orElseThrow();
        execution.setVariable(EFFECTIVE_AT, Date.from(gazette.recordPublication(execution.getProcessBusinessKey(), publication)));
    }
}
