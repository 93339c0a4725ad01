/**
 * The mails of public hearings: a receipt for each comment, a calendar invitation for each meeting registration, a
 * reminder the day before the meeting and an updated invitation when the meeting moves. The hearing package only
 * publishes what happened; what is mailed, and how, is decided here.
 */
package th.go.dga.standards.notification.hearing;
