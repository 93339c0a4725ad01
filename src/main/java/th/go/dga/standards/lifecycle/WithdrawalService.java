package th.go.dga.standards.lifecycle;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Execution;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.go.dga.standards.engine.EngineAccess;
import th.go.dga.standards.hearing.HearingService;
import th.go.dga.standards.process.StandardLifecycleProcess;
import th.go.dga.standards.registry.Standard;
import th.go.dga.standards.registry.StandardRegistry;
import th.go.dga.standards.registry.StandardStatus;
import th.go.dga.standards.validation.InvalidInputException;
import th.go.dga.standards.validation.Messages;
import th.go.dga.standards.validation.StateConflictException;
import th.go.dga.standards.validation.TextCharacters;
import th.go.dga.standards.validation.Violation;
import th.go.dga.standards.voting.BallotService;

import static th.go.dga.standards.process.StandardLifecycleProcess.Var.WITHDRAWAL_REASON;

/**
 * Withdrawal of a project at any stage before signing. The project's process is interrupted, which ends every task
 * and every process it called; the hearing stops accepting comments and open ballots close.
 */
@Service
@Transactional
public class WithdrawalService {

    private final StandardRegistry registry;
    private final RuntimeService runtimeService;
    private final HearingService hearings;
    private final BallotService ballots;
    private final EngineAccess engine;

    public WithdrawalService(StandardRegistry registry, RuntimeService runtimeService, HearingService hearings, BallotService ballots,
                             EngineAccess engine) {
        this.registry = registry;
        this.runtimeService = runtimeService;
        this.hearings = hearings;
        this.ballots = ballots;
        this.engine = engine;
    }

    /** Why the project cannot be withdrawn now; empty when it can. */
    public List<Violation> violations(String standardId, String reason) {
        Optional<Violation> unusable = reasonViolation(reason);
        if (unusable.isPresent()) {
            return List.of(unusable.get());
        }
        return registry.find(standardId).map(this::stateViolations)
                .orElseGet(() -> List.of(Violation.of(StandardLifecycleProcess.Var.STANDARD_ID, "registry.not-found", standardId)));
    }

    /**
     * Asks the project's process to withdraw it.
     *
     * @throws InvalidInputException  when no reason is given or the project does not exist
     * @throws StateConflictException when the standard has been signed or has already ended
     */
    public void request(String standardId, String reason) {
        reasonViolation(reason).ifPresent(violation -> {
            throw new InvalidInputException(violation);
        });
        Standard standard = registry.get(standardId);
        List<Violation> state = stateViolations(standard);
        if (!state.isEmpty()) {
            throw new StateConflictException(state.get(0).code(), state.get(0).args().toArray());
        }
        List<Execution> waiting = engine.withoutAuthorization(() -> runtimeService.createExecutionQuery()
                .processInstanceBusinessKey(standardId)
                .messageEventSubscriptionName(StandardLifecycleProcess.MESSAGE_WITHDRAW)
                .listPage(0, 1));
        if (waiting.isEmpty()) {
            throw new StateConflictException("withdrawal.no-process", standard.displayCode());
        }
        // whoever may withdraw has been checked by the caller; the project's process is the engine's to interrupt
        engine.withoutAuthorization(() -> runtimeService.createMessageCorrelation(StandardLifecycleProcess.MESSAGE_WITHDRAW)
                .processInstanceBusinessKey(standardId)
                .setVariable(WITHDRAWAL_REASON, reason.strip())
                .correlateWithResult());
    }

    /** Called by the project's process once it has been interrupted: records the withdrawal. */
    public void complete(String standardId, String reason) {
        hearings.cancelUnfinished(standardId);
        ballots.abandonOpenBallots(standardId);
        registry.changeStatus(standardId, StandardStatus.WITHDRAWN, Messages.get("withdrawal.done", reason));
    }

    /** A reason must be given, in characters that can be kept and read as they are. */
    private static Optional<Violation> reasonViolation(String reason) {
        if (reason == null || reason.isBlank()) {
            return Optional.of(Violation.of(WITHDRAWAL_REASON, "withdrawal.reason-required"));
        }
        return TextCharacters.check(WITHDRAWAL_REASON, reason, Violation.label("withdrawal-reason"));
    }

    private List<Violation> stateViolations(Standard standard) {
        if (standard.status().isSigned()) {
            return List.of(Violation.of(StandardLifecycleProcess.Var.STANDARD_ID, "withdrawal.signed", standard.displayCode(), standard.status().labelTh()));
        }
        if (standard.status() == StandardStatus.WITHDRAWN) {
            return List.of(Violation.of(StandardLifecycleProcess.Var.STANDARD_ID, "withdrawal.already", standard.displayCode()));
        }
        return List.of();
    }
}
