/**
 * The staff's own Thai workspace, beside Tasklist: their work with the standard named and the due date in Buddhist-era
 * words, claimed and handed back in one click. It works on tasks through the task module, with Tasklist's rules.
 */
package th.go.dga.standards.workspace;
