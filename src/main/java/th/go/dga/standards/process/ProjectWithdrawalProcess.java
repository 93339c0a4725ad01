package th.go.dga.standards.process;

/**
 * Keys of {@code bpmn/project-withdrawal.bpmn}: the secretariat withdraws a project from Tasklist.
 */
public final class ProjectWithdrawalProcess {

    public static final String KEY = "project-withdrawal";

    public static final String WITHDRAWAL_REQUESTED = "StartEvent_WithdrawalRequested";
    public static final String REQUEST_WITHDRAWAL = "ServiceTask_RequestWithdrawal";
    public static final String WITHDRAWAL_DONE = "EndEvent_WithdrawalDone";

    private ProjectWithdrawalProcess() {
    }
}
