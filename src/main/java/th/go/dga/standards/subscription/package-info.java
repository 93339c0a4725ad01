/**
 * Who hears of hearings by e-mail: the public's subscriptions (double opt-in, one-click unsubscribe) and the
 * stakeholders the secretariat keeps, and the announcement mails sent to them as standards move.
 */
package th.go.dga.standards.subscription;
