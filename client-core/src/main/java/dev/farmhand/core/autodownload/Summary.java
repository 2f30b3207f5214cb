package dev.farmhand.core.autodownload;

/**
 * What an auto-downloader has done since it started. Immutable.
 *
 * @param fetched outputs fetched and verified
 * @param alreadyThere outputs found on disk already, verified
 * @param conflicts outputs not written because a different file is where they go
 * @param refused outputs whose path would land outside the job's folder
 * @param failed outputs given up on until the next start
 * @param jobsMarked jobs it told the farm are downloaded
 * @param bytes bytes received
 */
public record Summary(
    long fetched,
    long alreadyThere,
    long conflicts,
    long refused,
    long failed,
    long jobsMarked,
    long bytes) {
  /** Whether every output it looked at is on disk and verified. */
  public boolean allWell() {
    return conflicts == 0 && refused == 0 && failed == 0;
  }
}
