/**
 * The keys of every model in {@code bpmn/}: process ids, element ids, variables, messages and outcomes, one class per
 * process. A base module: it imports no feature, so that every feature may name another's steps.
 */
package th.go.dga.standards.process;
