package dev.farmhand.host.panel;

import dev.farmhand.core.autodownload.Activity;
import dev.farmhand.core.autodownload.ActivityListener;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns what the panel's auto-downloader does into each job's {@link DownloadState}, handed to the
 * table through {@link PendingChanges}. Thread-safe: the auto-downloader calls it from its threads.
 */
final class DownloadStates implements ActivityListener {
  private final PendingChanges changes;
  private final Map<String, DownloadState> states = new ConcurrentHashMap<>();

  DownloadStates(PendingChanges changes) {
    this.changes = Objects.requireNonNull(changes, "changes");
  }

  @Override
  public void on(Activity activity) {
    DownloadState state =
        states.compute(
            activity.jobId(),
            (id, before) -> next(before == null ? DownloadState.NONE : before, activity));
    if (!activity.jobId().isEmpty()) {
      changes.add(RowChange.download(activity.jobId(), state));
    }
  }

  private static DownloadState next(DownloadState state, Activity activity) {
    if (activity instanceof Activity.FileVerified) {
      return state.withVerified();
    }
    if (activity instanceof Activity.FileConflict || activity instanceof Activity.FileRefused) {
      return state.withConflict();
    }
    if (activity instanceof Activity.FileFailed) {
      return state.withFailure();
    }
    if (activity instanceof Activity.JobDownloaded) {
      return state.asDownloaded();
    }
    return state;
  }
}
