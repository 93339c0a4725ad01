/**
 * Engine and web wiring: engine plugins and settings, the application's own settings, the clock and the current
 * user as the engine sees them, demo data and the Tasklist setup.
 */
package th.go.dga.standards.config;
