package th.go.dga.standards.privacy;

/**
 * A variable in the engine's history whose value holds a person's e-mail address or name.
 *
 * @param processInstanceId the process it belongs to
 * @param businessKey       the standard the process is for
 * @param variable          the variable's name
 * @param running           whether a running process still holds the variable: its value is for that process's users
 *                          to change, as the process may need it
 */
public record EngineRecord(String processInstanceId, String businessKey, String variable, boolean running) {
}
