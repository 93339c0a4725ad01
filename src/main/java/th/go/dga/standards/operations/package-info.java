/**
 * What operators watch on the management port: the engine's events as Prometheus counters, its job backlog, jobs out
 * of retries, incidents and waiting timers as gauges, and the job executor's part in a node's readiness.
 */
package th.go.dga.standards.operations;
