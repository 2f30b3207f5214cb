package dev.farmhand.core.autodownload;

/**
 * Told what the auto-downloader does, one activity at a time, on its coordinating thread: keep it
 * quick. A listener that throws is logged and the auto-downloader goes on.
 */
@FunctionalInterface
public interface ActivityListener {
  /** Tells nothing. */
  ActivityListener NONE = activity -> {};

  void on(Activity activity);
}
