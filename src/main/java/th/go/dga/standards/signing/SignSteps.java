package th.go.dga.standards.signing;

import th.go.dga.standards.process.GovernmentStandardEnactmentProcess;
import th.go.dga.standards.process.StandardLifecycleProcess;

/** The two steps where a standard is signed: the director's of a community standard, the chairman's of a government standard. */
public final class SignSteps {

    private SignSteps() {
    }

    /** Whether this step of this process is a signature. */
    public static boolean signs(String processDefinitionKey, String activityId) {
        return StandardLifecycleProcess.KEY.equals(processDefinitionKey) && StandardLifecycleProcess.DIRECTOR_SIGNS.equals(activityId)
                || GovernmentStandardEnactmentProcess.KEY.equals(processDefinitionKey) && GovernmentStandardEnactmentProcess.CHAIR_SIGNS.equals(activityId);
    }
}
