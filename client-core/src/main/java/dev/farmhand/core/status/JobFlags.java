package dev.farmhand.core.status;

import java.util.Objects;

/**
 * The facts about a job that its tasks do not tell.
 *
 * @param sync where the job's files are on the way to the shared disk
 * @param held put on hold by hand (Hold); its tasks do not start until Un-Hold
 * @param killed ended by Kill
 * @param completed marked Complete by hand (cosmetic: it shows Success)
 * @param downloaded every successful output is on the user's disk, verified
 * @param reviewed labelled Reviewed by the user
 */
public record JobFlags(
    SyncState sync,
    boolean held,
    boolean killed,
    boolean completed,
    boolean downloaded,
    boolean reviewed) {
  public JobFlags {
    Objects.requireNonNull(sync, "sync");
  }

  /** A job whose files are all on the shared disk and that nobody has touched. */
  public static final JobFlags SYNCED =
      new JobFlags(SyncState.SYNCED, false, false, false, false, false);

  public JobFlags withSync(SyncState value) {
    return new JobFlags(value, held, killed, completed, downloaded, reviewed);
  }

  public JobFlags withHeld(boolean value) {
    return new JobFlags(sync, value, killed, completed, downloaded, reviewed);
  }

  public JobFlags withKilled(boolean value) {
    return new JobFlags(sync, held, value, completed, downloaded, reviewed);
  }

  public JobFlags withCompleted(boolean value) {
    return new JobFlags(sync, held, killed, value, downloaded, reviewed);
  }

  public JobFlags withDownloaded(boolean value) {
    return new JobFlags(sync, held, killed, completed, value, reviewed);
  }

  public JobFlags withReviewed(boolean value) {
    return new JobFlags(sync, held, killed, completed, downloaded, value);
  }
}
