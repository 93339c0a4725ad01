/**
 * Where a standard stands: its lifecycle as the deployed BPMN draws it, with the steps done and the day each was done,
 * the step it is at and the steps still to come, read from the engine's history. It reads the engine only, so any
 * page about a standard, public or staff, may show it.
 */
package th.go.dga.standards.progress;
