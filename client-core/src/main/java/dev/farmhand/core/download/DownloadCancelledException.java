package dev.farmhand.core.download;

import java.io.IOException;

/**
 * A download run stopped because it was cancelled (or its thread interrupted). Nothing is lost:
 * files already verified stay in place and each unfinished one stays beside its target as {@code
 * .NAME.part}, so downloading again resumes where this stopped.
 */
public final class DownloadCancelledException extends IOException {
  public DownloadCancelledException() {
    super(
        "the download was cancelled; finished files are in place and partial ones kept as"
            + " .NAME.part: download again to resume");
  }
}
