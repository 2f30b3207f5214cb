package dev.farmhand.core.download;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What a download did for one job. Immutable.
 *
 * @param jobId the job
 * @param folder where its outputs went
 * @param choice why there: the job's own output folder, or a mapped one
 * @param note why the folder was mapped (the job's folder and what is wrong with it); empty when
 *     not
 * @param outputs successful outputs the farm lists for the job
 * @param downloaded outputs fetched and verified in this run
 * @param skipped outputs already on disk with the right SHA-256
 * @param conflicts paths of outputs where a different file is on disk: kept, the output not written
 * @param failures outputs that could not be brought home, with why
 */
public record JobDownload(
    String jobId,
    Path folder,
    FolderChoice choice,
    String note,
    int outputs,
    int downloaded,
    int skipped,
    List<String> conflicts,
    List<DownloadFailure> failures) {
  public JobDownload {
    Objects.requireNonNull(jobId, "jobId");
    Objects.requireNonNull(folder, "folder");
    Objects.requireNonNull(choice, "choice");
    Objects.requireNonNull(note, "note");
    conflicts = List.copyOf(conflicts);
    failures = List.copyOf(failures);
  }

  /** Whether every successful output is on disk and verified: the job may be marked Downloaded. */
  public boolean complete() {
    return conflicts.isEmpty() && failures.isEmpty() && downloaded + skipped == outputs;
  }
}
