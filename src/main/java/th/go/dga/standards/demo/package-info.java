/**
 * Demo users in every group, the standards the agency has published, and projects in progress (a draft under an open
 * hearing, work waiting in the workspace), seeded on the embedded default so that a newcomer can act as every role at
 * once. Nothing here runs in production.
 */
package th.go.dga.standards.demo;
