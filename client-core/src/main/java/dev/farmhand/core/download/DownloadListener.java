package dev.farmhand.core.download;

/**
 * Receives progress of a download run: at most about every 100 ms while it runs, and once when it
 * ends. Calls come one at a time from a thread that does no downloading, so a slow listener delays
 * only the next report; a listener that throws is logged and called again next time.
 */
@FunctionalInterface
public interface DownloadListener {
  /** A listener that ignores everything. */
  DownloadListener NONE = progress -> {};

  void onProgress(DownloadProgress progress);
}
