package th.go.dga.standards.process;

/**
 * Keys of {@code bpmn/committee-vote.bpmn}: each member of a body votes in a task of their own.
 */
public final class CommitteeVoteProcess {

    public static final String KEY = "committee-vote";

    public static final String START_EVENT = "StartEvent_VoteRequested";
    public static final String OPEN_BALLOT = "ServiceTask_OpenBallot";
    public static final String CAST_VOTE = "UserTask_CastVote";
    public static final String VOTING_DEADLINE = "Timer_VotingDeadline";
    public static final String COUNT_VOTES = "ServiceTask_CountVotes";
    public static final String QUORUM_GATEWAY = "Gateway_Quorum";
    public static final String DECIDE_AFTER_NO_QUORUM = "UserTask_DecideAfterNoQuorum";
    public static final String NO_QUORUM_ACTION_GATEWAY = "Gateway_NoQuorumAction";
    public static final String VOTE_DECIDED = "EndEvent_VoteDecided";
    public static final String ENDED_WITHOUT_QUORUM = "EndEvent_NoQuorum";

    /** Process variables. */
    public static final class Var {
        public static final String VOTING_BODY = "votingBody";
        public static final String VOTING_BODY_NAME = "votingBodyName";
        public static final String VOTING_GROUP = "votingGroup";
        public static final String BALLOT_ID = "ballotId";
        public static final String VOTERS = "voters";
        public static final String VOTER = "voter";
        public static final String VOTING_DUE_DATE = "votingDueDate";
        public static final String VOTING_DUE_TEXT = "votingDueText";
        public static final String DECISION = "decision";
        public static final String REASON = "reason";
        public static final String VOTE_OUTCOME = "voteOutcome";
        public static final String VOTE_REASONS = "voteReasons";
        public static final String VOTE_SUMMARY = "voteSummary";
        public static final String NO_QUORUM_ACTION = "noQuorumAction";

        private Var() {
        }
    }

    private CommitteeVoteProcess() {
    }
}
