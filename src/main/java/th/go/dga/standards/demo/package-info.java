/**
 * Demo users in every group, and the standards the agency has published, seeded on the embedded default so that a
 * newcomer can act as every role at once. Nothing here runs in production.
 */
package th.go.dga.standards.demo;
