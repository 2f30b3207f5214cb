package dev.farmhand.core.sync;

import java.io.IOException;

/**
 * Dependency sync stopped because it was cancelled (or its thread interrupted). Nothing is lost:
 * hashes computed so far are cached and bytes the farm received are kept, so syncing again resumes
 * where this stopped.
 */
public final class SyncCancelledException extends IOException {
  private final String during;

  public SyncCancelledException(String during) {
    super(
        "dependency sync was cancelled while "
            + during
            + "; what was hashed and uploaded is kept: sync again to resume");
    this.during = during;
  }

  /** What the sync was doing when it stopped: {@code hashing}, {@code uploading}… */
  public String during() {
    return during;
  }
}
