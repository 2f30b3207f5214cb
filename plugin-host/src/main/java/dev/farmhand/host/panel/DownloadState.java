package dev.farmhand.host.panel;

/**
 * How far a job's outputs have come home, as the panel's auto-downloader reported it. Immutable.
 *
 * @param verified outputs on disk and verified
 * @param conflicts outputs not written because a different file is where they go
 * @param failed outputs that could not be brought home (tried again later)
 * @param downloaded every successful output is home and the farm was told
 */
record DownloadState(int verified, int conflicts, int failed, boolean downloaded)
    implements Comparable<DownloadState> {
  /** Nothing known: no auto-downloader, or nothing of the job fetched yet. */
  static final DownloadState NONE = new DownloadState(0, 0, 0, false);

  DownloadState withVerified() {
    return new DownloadState(verified + 1, conflicts, failed, downloaded);
  }

  DownloadState withConflict() {
    return new DownloadState(verified, conflicts + 1, failed, downloaded);
  }

  DownloadState withFailure() {
    return new DownloadState(verified, conflicts, failed + 1, downloaded);
  }

  DownloadState asDownloaded() {
    return new DownloadState(verified, conflicts, failed, true);
  }

  /** What the column shows. */
  String text() {
    if (downloaded) {
      return "Downloaded";
    }
    StringBuilder text = new StringBuilder();
    if (verified > 0) {
      text.append(verified).append(verified == 1 ? " file home" : " files home");
    }
    if (conflicts > 0) {
      text.append(text.length() > 0 ? ", " : "").append(conflicts).append(" in conflict");
    }
    if (failed > 0) {
      text.append(text.length() > 0 ? ", " : "").append(failed).append(" failed");
    }
    return text.length() == 0 ? "—" : text.toString();
  }

  /** Sorts nothing, then partly home, then downloaded; trouble first within each. */
  @Override
  public int compareTo(DownloadState other) {
    int byDone = Boolean.compare(downloaded, other.downloaded);
    if (byDone != 0) {
      return byDone;
    }
    int byFiles = Integer.compare(verified, other.verified);
    return byFiles != 0
        ? byFiles
        : Integer.compare(other.failed + other.conflicts, failed + conflicts);
  }
}
