package dev.farmhand.core.sync;

import java.time.Duration;
import java.util.Objects;

/**
 * What a dependency sync did. Immutable.
 *
 * @param files dependencies synced
 * @param bytes their total size
 * @param filesHashed files hashed this time (the others came from the cache)
 * @param bytesHashed bytes read to hash them
 * @param filesUploaded distinct contents uploaded (identical files go up once)
 * @param bytesUploaded bytes sent to the farm, counting a part sent again after a failure
 * @param missingRequests requests asking the farm what it lacks
 * @param uploadRequests upload parts sent, including retries
 * @param elapsed wall time of the whole sync
 */
public record SyncSummary(
    int files,
    long bytes,
    int filesHashed,
    long bytesHashed,
    int filesUploaded,
    long bytesUploaded,
    int missingRequests,
    int uploadRequests,
    Duration elapsed) {
  public SyncSummary {
    Objects.requireNonNull(elapsed, "elapsed");
  }

  /** Every request sent to the farm. */
  public int requests() {
    return missingRequests + uploadRequests;
  }
}
