package dev.farmhand.core.autodownload;

import java.nio.file.Path;
import java.time.Instant;

/** Something the auto-downloader did, as it happened. Immutable records. */
public sealed interface Activity {
  /** The job it is about. */
  String jobId();

  /**
   * An output is on disk and verified.
   *
   * @param path the output's path as the farm gave it
   * @param file where it is
   * @param size its length in bytes
   * @param fetched whether it was fetched now (false: the same file was there already)
   * @param resumedFrom the length of a part file left before that the fetch continued; 0 if none
   * @param at when it was verified
   */
  record FileVerified(
      String jobId,
      String path,
      Path file,
      long size,
      boolean fetched,
      long resumedFrom,
      Instant at)
      implements Activity {}

  /**
   * A different file is where an output goes, and it was not put there by this auto-downloader: it
   * is kept, and the output is not written.
   */
  record FileConflict(String jobId, String path, Path file) implements Activity {}

  /** An output whose path would land outside the job's folder; never written. */
  record FileRefused(String jobId, String path, String reason) implements Activity {}

  /**
   * An output could not be brought home.
   *
   * @param reason what went wrong, naming the path
   * @param retryAt when it is tried again; null when not before the next start
   */
  record FileFailed(String jobId, String path, String reason, Instant retryAt)
      implements Activity {}

  /** Every successful output of the job is on disk and verified; the farm now shows Downloaded. */
  record JobDownloaded(String jobId, Path folder, int files) implements Activity {}

  /**
   * The catch-up after a start is done.
   *
   * @param jobId empty: it is about every job followed
   * @param jobs jobs looked at
   * @param queued outputs it found to fetch
   */
  record CaughtUp(String jobId, int jobs, int queued) implements Activity {}
}
