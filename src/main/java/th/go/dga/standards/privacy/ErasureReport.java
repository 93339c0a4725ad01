package th.go.dga.standards.privacy;

import java.util.List;

/**
 * What an erasure did.
 *
 * @param commentsAnonymised      comments that no longer name their author
 * @param registrationsRemoved    meeting registrations removed
 * @param engineRecordsDeleted    records the engine's history no longer holds: variables of ended processes, comments,
 *                                entries of the user operation log
 * @param keptByRunningProcesses variables that running processes still hold: for the process's users to change
 * @param subscriptionsRemoved    subscriptions to the hearing announcements removed
 * @param stakeholdersRemoved     entries on the stakeholder list removed
 * @param mailsErased             mails in the notification log that no longer say to whom they went
 */
public record ErasureReport(int commentsAnonymised, int registrationsRemoved, int engineRecordsDeleted, List<EngineRecord> keptByRunningProcesses,
                            int subscriptionsRemoved, int stakeholdersRemoved, int mailsErased) {
}
