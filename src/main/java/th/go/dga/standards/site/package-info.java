/**
 * The public site: hearings with their comment form and meeting registration, the hearing summaries, the standards
 * catalogue, the cookie and privacy notices; Thai first, in English on request.
 */
package th.go.dga.standards.site;
