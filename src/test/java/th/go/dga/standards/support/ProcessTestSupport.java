package th.go.dga.standards.support;

import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.springframework.test.context.TestExecutionListeners;

/**
 * A process test class: one per model, with the flow-node coverage of its model measured and asserted. Each
 * subclass declares which model it covers with a nested configuration returning {@link ProcessCoverage#only}.
 */
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class, mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public abstract class ProcessTestSupport extends ApplicationTestSupport {
}
