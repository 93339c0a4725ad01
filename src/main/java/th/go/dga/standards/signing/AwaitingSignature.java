package th.go.dga.standards.signing;

import java.time.Instant;

/**
 * A standard waiting for the current user's signature: the sign task, the standard, and the announcement the
 * signature will issue.
 *
 * @param taskId           the sign task, done on the task page
 * @param waitingSince     when the sign step began
 * @param mine             whether the task is assigned to the current user; otherwise it waits unclaimed in their group
 * @param standardCode     how the standard is named until signed: "(ร่าง) มสพร. 6-5"
 * @param versionLabel     the version of the final draft
 * @param draftDocumentRef the final draft that goes out with the signature, if the process names one
 * @param announcement     the announcement the signature will issue, without its number
 * @param previewPdfLink   the announcement as the PDF the signature will sign, without its number, for the signer to read
 */
public record AwaitingSignature(String taskId, String taskName, Instant waitingSince, boolean mine, String standardId, String standardCode,
                                String titleTh, String versionLabel, String draftDocumentRef, AnnouncementText announcement,
                                String previewPdfLink) {
}
