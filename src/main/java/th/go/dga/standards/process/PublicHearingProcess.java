package th.go.dga.standards.process;

/**
 * Keys of {@code bpmn/public-hearing.bpmn}: the comment period and the hearing meeting.
 */
public final class PublicHearingProcess {

    public static final String KEY = "public-hearing";

    public static final String START_EVENT = "StartEvent_HearingScheduled";
    public static final String COMMENT_PERIOD_OPENS = "Timer_CommentPeriodOpens";
    public static final String OPEN_HEARING = "ServiceTask_OpenHearing";
    public static final String COMMENT_PERIOD_OPENED = "Gateway_CommentPeriodOpened";
    public static final String MEETING_ENDS = "Timer_MeetingEnds";
    public static final String ATTACH_MEETING_MATERIALS = "UserTask_AttachMeetingMaterials";
    public static final String RECORD_MEETING_MATERIALS = "ServiceTask_RecordMeetingMaterials";
    public static final String EXTEND_COMMENT_PERIOD = "UserTask_ExtendCommentPeriod";
    public static final String RECORD_EXTENSION = "ServiceTask_ExtendCommentPeriod";
    public static final String COMMENT_PERIOD_ENDS = "Timer_CommentPeriodEnds";
    public static final String CLOSE_HEARING = "ServiceTask_CloseHearing";
    public static final String COMMENT_PERIOD_ENDED = "Gateway_CommentPeriodEnded";
    public static final String HEARING_CLOSED = "EndEvent_HearingClosed";

    /** Process variables. */
    public static final class Var {
        /** Whether the date a timer waited for has come by the stored schedule, or the timer was made to fire early. */
        public static final String LEGAL_DATE_REACHED = "legalDateReached";
        public static final String HEARING_ID = "hearingId";
        public static final String COMMENTS_OPEN_AT = "commentsOpenAt";
        public static final String COMMENTS_CLOSE_AT = "commentsCloseAt";
        public static final String MEETING_ENDS_AT = "meetingEndsAt";
        public static final String COMMENT_PERIOD_END_TEXT = "commentPeriodEndText";
        public static final String NEW_COMMENT_PERIOD_END = "newCommentPeriodEnd";
        public static final String EXTENSION_REASON = "extensionReason";
        public static final String SLIDES_REF = "slidesRef";
        public static final String RECORDING_LINK = "recordingLink";
        public static final String MATERIALS_NOTE = "materialsNote";
        public static final String COMMENT_COUNT = "commentCount";

        private Var() {
        }
    }

    private PublicHearingProcess() {
    }
}
