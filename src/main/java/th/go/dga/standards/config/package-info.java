/**
 * Wiring, at the top of the module map: engine plugins and settings, web and OpenAPI configuration, the Tasklist
 * setup and the one root of the application's own settings, whose parts each module owns. No feature imports it.
 */
package th.go.dga.standards.config;
