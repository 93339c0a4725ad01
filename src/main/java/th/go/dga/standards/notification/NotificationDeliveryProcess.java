package th.go.dga.standards.notification;

/**
 * The ids of the {@code notification-delivery} model.
 */
public final class NotificationDeliveryProcess {

    public static final String KEY = Notifications.DELIVERY_PROCESS;

    public static final String MAIL_QUEUED = "StartEvent_MailQueued";
    public static final String DELIVER_MAIL = "ServiceTask_DeliverMail";
    public static final String MAIL_DELIVERED = "EndEvent_MailDelivered";

    private NotificationDeliveryProcess() {
    }
}
