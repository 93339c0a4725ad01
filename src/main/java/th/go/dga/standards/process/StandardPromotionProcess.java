package th.go.dga.standards.process;

/**
 * Keys of {@code bpmn/standard-promotion.bpmn}: business key = the new government standard's id.
 */
public final class StandardPromotionProcess {

    public static final String KEY = "standard-promotion";

    public static final String PROMOTION_PROPOSED = "StartEvent_PromotionProposed";
    public static final String REGISTER_PROMOTION = "ServiceTask_RegisterPromotion";
    public static final String PREPARE_PROPOSAL = "UserTask_PreparePromotionProposal";
    public static final String RECORD_PROPOSAL = "ServiceTask_RecordPromotionProposal";
    public static final String ENACT_GOVERNMENT_STANDARD = "CallActivity_EnactGovernmentStandard";
    public static final String ENACTED_GATEWAY = "Gateway_PromotionEnacted";
    public static final String PROMOTED_IN_FORCE = "EndEvent_PromotedStandardInForce";
    public static final String WITHDRAWAL = "SubProcess_Withdrawal";
    public static final String WITHDRAW_PROJECT = "ServiceTask_WithdrawProject";
    public static final String PROMOTION_WITHDRAWN = "EndEvent_PromotionWithdrawn";

    /** Process variables. */
    public static final class Var {
        public static final String SOURCE_CODE = "sourceCode";
        public static final String PROPOSAL_VERSION_LABEL = "proposalVersionLabel";
        public static final String PROPOSAL_DOCUMENT_REF = "proposalDocumentRef";
        public static final String PROPOSAL_SUMMARY = "proposalSummary";

        private Var() {
        }
    }

    private StandardPromotionProcess() {
    }
}
