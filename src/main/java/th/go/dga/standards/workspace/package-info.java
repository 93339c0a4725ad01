/**
 * The staff's own Thai workspace, beside Tasklist: their work with the standard named and due dates in Buddhist-era
 * words; a task's page with the task's own Camunda Form, laid out with Buddhist-era date inputs and completed through
 * the task module with Tasklist's rules; the registration of a project; vote rounds with their tally; a hearing's
 * comments answered one by one; the signing queue; the secretariat's overview of projects and calendar of hearings.
 */
package th.go.dga.standards.workspace;
