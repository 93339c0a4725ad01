package th.go.dga.standards.process;

/**
 * Keys of {@code bpmn/standard-lifecycle.bpmn}: one instance per project, business key = the project's id.
 */
public final class StandardLifecycleProcess {

    public static final String KEY = "standard-lifecycle";

    public static final String PROJECT_REGISTERED = "StartEvent_ProjectRegistered";
    public static final String REGISTER_PROJECT = "ServiceTask_RegisterProject";
    public static final String PREPARE_DRAFT = "UserTask_PrepareDraft";
    public static final String RECORD_DRAFT_VERSION = "ServiceTask_RecordDraftVersion";
    public static final String TECHNICAL_REVIEW = "CallActivity_TechnicalReview";
    public static final String TECHNICAL_REVIEW_GATEWAY = "Gateway_TechnicalReviewOutcome";
    public static final String COMMITTEE_HEARING_APPROVAL = "CallActivity_CommitteeHearingApproval";
    public static final String COMMITTEE_HEARING_GATEWAY = "Gateway_CommitteeHearingApproval";
    public static final String SCHEDULE_HEARING = "UserTask_ScheduleHearing";
    public static final String STORE_HEARING_SCHEDULE = "ServiceTask_StoreHearingSchedule";
    public static final String PUBLIC_HEARING = "CallActivity_PublicHearing";
    public static final String PREPARE_REVISION = "ServiceTask_PrepareRevision";
    public static final String REVISE_DRAFT = "UserTask_ReviseDraft";
    public static final String RECORD_REVISION = "ServiceTask_RecordRevision";
    public static final String APPROVE_FINAL_DRAFT = "UserTask_FinalApproval";
    public static final String FINAL_APPROVAL_GATEWAY = "Gateway_FinalApproval";
    public static final String STANDARD_KIND_GATEWAY = "Gateway_StandardKind";
    public static final String DIRECTOR_SIGNS = "UserTask_DirectorSigns";
    public static final String DIRECTOR_SIGNED_GATEWAY = "Gateway_DirectorSigned";
    public static final String ISSUE_ANNOUNCEMENT = "ServiceTask_IssueAnnouncement";
    public static final String STANDARD_PUBLISHED = "EndEvent_StandardPublished";
    public static final String ENACT_GOVERNMENT_STANDARD = "CallActivity_EnactGovernmentStandard";
    public static final String ENACTED_GATEWAY = "Gateway_Enacted";
    public static final String STANDARD_IN_FORCE = "EndEvent_StandardInForce";
    public static final String WITHDRAWAL = "SubProcess_Withdrawal";
    public static final String WITHDRAWAL_REQUESTED = "StartEvent_WithdrawalRequested";
    public static final String WITHDRAW_PROJECT = "ServiceTask_WithdrawProject";
    public static final String PROJECT_WITHDRAWN = "EndEvent_ProjectWithdrawn";

    /** The message that withdraws a project; the promotion process listens for it too. */
    public static final String MESSAGE_WITHDRAW = "withdraw-project";

    /** Process variables. */
    public static final class Var {
        public static final String STANDARD_ID = "standardId";
        public static final String STANDARD_TITLE = "standardTitle";
        public static final String TITLE_TH = "titleTh";
        public static final String TITLE_EN = "titleEn";
        public static final String KIND = "kind";
        public static final String STANDARD_NUMBER = "standardNumber";
        public static final String PART = "part";
        public static final String SUBJECT_GROUP = "subjectGroup";
        public static final String WORKING_GROUP = "workingGroup";
        public static final String TECHNICAL_WORKING_GROUP = "technicalWorkingGroup";
        public static final String REVISES_CODE = "revisesCode";
        public static final String DRAFT_VERSION_LABEL = "draftVersionLabel";
        public static final String DRAFT_DOCUMENT_REF = "draftDocumentRef";
        public static final String DRAFT_NOTE = "draftNote";
        public static final String RETURN_REASONS = "returnReasons";
        public static final String HEARING_BACKGROUND = "hearingBackground";
        public static final String MEETING_LINK = "meetingLink";
        public static final String REGISTRATION_LINK = "registrationLink";
        public static final String COMMENTS = "comments";
        public static final String REVISED_VERSION_LABEL = "revisedVersionLabel";
        public static final String REVISED_DOCUMENT_REF = "revisedDocumentRef";
        public static final String REVISION_NOTE = "revisionNote";
        public static final String FAQ_TEXT = "faqText";
        public static final String FINAL_DECISION = "finalDecision";
        public static final String FINAL_DECISION_NOTE = "finalDecisionNote";
        public static final String MEETING_REFERENCE = "meetingReference";
        public static final String ANNOUNCEMENT_NUMBER = "announcementNumber";
        /** Who signed the announcement, kept when the sign step completes (the director, or the chairman). */
        public static final String SIGNED_BY = "signedBy";
        public static final String WITHDRAWAL_REASON = "withdrawalReason";

        private Var() {
        }
    }

    private StandardLifecycleProcess() {
    }
}
