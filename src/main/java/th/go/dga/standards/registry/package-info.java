/**
 * The standards registry: standards and projects, their codes and statuses, and the audit timeline of every
 * status change. Lists read these tables, never engine variables.
 */
package th.go.dga.standards.registry;
