package dev.farmhand.host.panel;

import dev.farmhand.core.protocol.Job;
import dev.farmhand.core.protocol.Nullable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The coalescer between the threads that learn of changes (notices, reads of the farm, the
 * auto-downloader) and the event thread that shows them: changes to one job merge into one while
 * they wait, so a storm of events costs the event thread one row update per job per flush, never
 * one per event. Thread-safe; adding never blocks on the event thread.
 */
final class PendingChanges {
  /**
   * What waits to be shown. Immutable.
   *
   * @param reload every job of the account, read anew, to show instead of the rows there are; null
   *     when there is none
   * @param changes changes per job, applied after the reload, in the order the jobs first changed
   * @param merged events that were folded into a change already waiting
   */
  record Batch(@Nullable List<Job> reload, List<RowChange> changes, long merged) {
    Batch {
      reload = reload == null ? null : List.copyOf(reload);
      changes = List.copyOf(changes);
    }

    boolean isEmpty() {
      return reload == null && changes.isEmpty();
    }
  }

  private Map<String, RowChange> waiting = new LinkedHashMap<>();
  private List<Job> reload;
  private long merged;

  /** Adds a change, merged into the one waiting for the same job. */
  synchronized void add(RowChange change) {
    RowChange before = waiting.get(change.jobId());
    if (before != null) {
      merged++;
      waiting.put(change.jobId(), before.then(change));
    } else {
      waiting.put(change.jobId(), change);
    }
  }

  /** Every job of the account, read anew: it replaces the rows, and changes waiting are kept. */
  synchronized void reload(List<Job> jobs) {
    reload = List.copyOf(jobs);
  }

  /** Takes what waits, leaving nothing. */
  synchronized Batch drain() {
    Batch batch = new Batch(reload, new ArrayList<>(waiting.values()), merged);
    waiting = new LinkedHashMap<>();
    reload = null;
    merged = 0;
    return batch;
  }

  /** How many jobs have a change waiting. */
  synchronized int size() {
    return waiting.size();
  }
}
