/**
 * The public site: hearings with their comment form and meeting registration, the hearing summaries and what the
 * comments changed in the draft, the standards catalogue, the cookie and privacy notices; Thai first, in English on
 * request.
 */
package th.go.dga.standards.site;
