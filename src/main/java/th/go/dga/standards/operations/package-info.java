/**
 * What operators watch on the management port: the job executor's part in a node's readiness, beside the database
 * and the document store.
 */
package th.go.dga.standards.operations;
