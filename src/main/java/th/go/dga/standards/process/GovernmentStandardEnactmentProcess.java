package th.go.dga.standards.process;

/**
 * Keys of {@code bpmn/government-standard-enactment.bpmn}: from the committee's vote to the effective date.
 */
public final class GovernmentStandardEnactmentProcess {

    public static final String KEY = "government-standard-enactment";

    public static final String START_EVENT = "StartEvent_EnactmentRequested";
    public static final String COMMITTEE_APPROVAL = "CallActivity_CommitteeApproval";
    public static final String COMMITTEE_APPROVED_GATEWAY = "Gateway_CommitteeApproved";
    public static final String CHAIR_SIGNS = "UserTask_ChairSigns";
    public static final String CHAIR_SIGNED_GATEWAY = "Gateway_ChairSigned";
    public static final String RECORD_CHAIR_SIGNATURE = "ServiceTask_RecordChairSignature";
    public static final String ENTER_GAZETTE_SUBMISSION = "UserTask_RecordGazetteSubmission";
    public static final String RECORD_GAZETTE_SUBMISSION = "ServiceTask_RecordGazetteSubmission";
    public static final String ENTER_GAZETTE_PUBLICATION = "UserTask_RecordGazettePublication";
    public static final String RECORD_GAZETTE_PUBLICATION = "ServiceTask_RecordGazettePublication";
    public static final String EFFECTIVE_DATE = "Timer_EffectiveDate";
    public static final String BRING_INTO_FORCE = "ServiceTask_BringIntoForce";
    public static final String EFFECTIVE_DATE_REACHED = "Gateway_EffectiveDateReached";
    public static final String IN_FORCE = "EndEvent_InForce";
    public static final String RECORD_RETURN = "ServiceTask_RecordReturn";
    public static final String RETURNED_FOR_REVISION = "EndEvent_ReturnedForRevision";

    /** Process variables. */
    public static final class Var {
        /** Whether the effective date has come by the stored record, or the timer was made to fire early. */
        public static final String LEGAL_DATE_REACHED = "legalDateReached";
        public static final String STANDARD_CODE = "standardCode";
        /** The committee's announcement the chairman's signature issued: "1/2569". */
        public static final String ANNOUNCEMENT_NUMBER = "announcementNumber";
        public static final String SIGN_DECISION = "signDecision";
        public static final String SIGN_NOTE = "signNote";
        public static final String SUBMITTED_ON = "gazetteSubmittedOn";
        public static final String SUBMISSION_REF = "gazetteSubmissionRef";
        public static final String VOLUME = "gazetteVolume";
        public static final String SECTION = "gazetteSection";
        public static final String PAGE = "gazettePage";
        public static final String PUBLISHED_ON = "gazettePublishedOn";
        public static final String EFFECTIVE_ON = "effectiveOn";
        public static final String EFFECTIVE_AT = "effectiveAt";
        public static final String ENACTMENT_OUTCOME = "enactmentOutcome";

        private Var() {
        }
    }

    /** Values of {@link Var#ENACTMENT_OUTCOME}. */
    public static final String OUTCOME_IN_FORCE = "IN_FORCE";
    public static final String OUTCOME_NOT_APPROVED = "NOT_APPROVED";
    public static final String OUTCOME_RETURNED = "RETURNED";

    private GovernmentStandardEnactmentProcess() {
    }
}
