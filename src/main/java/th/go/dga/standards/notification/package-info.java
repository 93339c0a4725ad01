/**
 * Mail: the notification log, its delivery through the job executor with retries and an incident at the end, the
 * outbox when no mail server is set, and the notices of tasks, votes and hearings (with calendar invitations).
 */
package th.go.dga.standards.notification;
