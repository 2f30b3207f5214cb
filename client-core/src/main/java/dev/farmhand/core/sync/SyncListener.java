package dev.farmhand.core.sync;

/**
 * Receives progress of a dependency sync: at most about every 100 ms while a phase runs, and once
 * when it ends. Calls come one at a time from a thread of the sync that does no hashing or
 * uploading, so a slow listener delays only the next report; a listener that throws is logged and
 * called again next time. Hand the snapshot to a UI thread rather than blocking here.
 */
@FunctionalInterface
public interface SyncListener {
  /** A listener that ignores everything. */
  SyncListener NONE = progress -> {};

  void onProgress(SyncProgress progress);
}
