package dev.farmhand.core.sync;

/**
 * A request to stop long work, such as a dependency sync, as soon as it can. One token may be
 * shared by several pieces of work; once cancelled it stays cancelled. Work that sees it stops
 * between buffers and parts and throws {@link SyncCancelledException}; what already arrived on the
 * farm is kept, so the next sync resumes from there. Thread-safe.
 */
public final class Cancellation {
  private volatile boolean cancelled;

  /** A token not yet cancelled. */
  public Cancellation() {}

  /** Asks the work to stop. Returns at once; the work stops shortly after. */
  public void cancel() {
    cancelled = true;
  }

  /** Whether {@link #cancel()} was called. */
  public boolean isCancelled() {
    return cancelled;
  }

  /**
   * Throws if the work should stop: the token was cancelled or the current thread interrupted.
   *
   * @param during what is being done, for the message: {@code "hashing"}, {@code "uploading"}
   */
  void check(String during) throws SyncCancelledException {
    if (cancelled || Thread.currentThread().isInterrupted()) {
      cancelled = true;
      throw new SyncCancelledException(during);
    }
  }
}
