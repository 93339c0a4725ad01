package th.go.dga.standards.process;

/**
 * The ids of the {@code notification-delivery} model.
 */
public final class NotificationDeliveryProcess {

    public static final String KEY = "notification-delivery";

    public static final String MAIL_QUEUED = "StartEvent_MailQueued";
    public static final String DELIVER_MAIL = "ServiceTask_DeliverMail";
    public static final String MAIL_DELIVERED = "EndEvent_MailDelivered";

    private NotificationDeliveryProcess() {
    }

    /** Variables of the process. */
    public static final class Var {
        /** The id of the notification to deliver. */
        public static final String NOTIFICATION_ID = "notificationId";

        private Var() {
        }
    }
}
