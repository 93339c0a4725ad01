/**
 * Who may call the application's API: users of the engine's identity store authenticated with HTTP Basic, their
 * groups as authorities, the public only on the public endpoints. The engine sees the same user in every call.
 * Logins' sessions and the per-address limits are kept where every node of a cluster sees them.
 */
package th.go.dga.standards.security;
