/**
 * The engine as every feature uses it: reading it as the engine whatever the acting user may read, and who is acting
 * now, a user or the system. A base module: it imports no feature.
 */
package th.go.dga.standards.engine;
