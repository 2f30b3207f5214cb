package dev.farmhand.core.download;

/** Where a job's outputs were put, and why there. */
public enum FolderChoice {
  /** The job's own output folder, usable on this machine. */
  JOB_OUTPUT_DIR,
  /**
   * {@code <download root>/<job id>}: the job's output folder is absent, not absolute for this
   * system, or cannot be written.
   */
  MAPPED,
  /** {@code <chosen folder>/<job id>}: the caller chose where every job goes. */
  CHOSEN
}
