package th.go.dga.standards.privacy;

/**
 * Something in the engine's history that holds a person's e-mail address or name.
 *
 * @param place             where the engine keeps it
 * @param processInstanceId the process it belongs to, if any
 * @param businessKey       the standard the process is for
 * @param variable          the variable's name; for an entry of the operation log, the property whose change it
 *                          records; none for a comment
 * @param running           whether a running process still holds it, as the value of one of its variables: that value is
 *                          for that process's users to change, as the process may need it. Comments and entries of the
 *                          operation log are never needed by a process, and are erased whatever the state of theirs.
 */
public record EngineRecord(Place place, String processInstanceId, String businessKey, String variable, boolean running) {

    /** Where in its history the engine keeps a text someone typed. */
    public enum Place {
        /** A variable's value, as it is or as it was before a change. */
        VARIABLE,
        /** A comment on a task or a process. */
        COMMENT,
        /** An entry of the user operation log: a comment's text before and after a change, an annotation. */
        OPERATION_LOG
    }
}
