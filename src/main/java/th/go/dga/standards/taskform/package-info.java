/**
 * Server-side checks of every task's input: the values submitted to a user task or a start form are checked against
 * its Camunda Form (required, type, options, length, range, pattern) and against the domain rules for that step,
 * inside the engine, so Tasklist, the REST API and any other client get the same answer. Also the current user's
 * tasks through the API.
 */
package th.go.dga.standards.taskform;
