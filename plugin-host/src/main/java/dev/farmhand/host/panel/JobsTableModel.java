package dev.farmhand.host.panel;

import dev.farmhand.core.protocol.Job;
import dev.farmhand.core.status.JobStatus;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.swing.table.AbstractTableModel;

/**
 * The jobs table's rows, one per job, in the order they arrived (the view sorts). Changes come in
 * batches from {@link PendingChanges}; each batch fires one event per changed row, or one spanning
 * them when many changed, and one for the whole table on a reload. Used on the event thread only.
 */
final class JobsTableModel extends AbstractTableModel {
  /**
   * Beyond this many changed rows in one batch (a burst, as after a catch-up), one event for them
   * all is cheaper than one each: a sorter moves each updated row at a cost that grows with the
   * table, but re-sorts everything once for a wide event.
   */
  static final int MANY = 64;

  private static final JobColumn[] COLUMNS = JobColumn.values();

  private final Clock clock;
  private final List<JobRow> rows = new ArrayList<>();
  private final Map<String, Integer> index = new HashMap<>();
  private final Map<String, DownloadState> downloads = new HashMap<>();

  JobsTableModel(Clock clock) {
    this.clock = clock;
  }

  @Override
  public int getRowCount() {
    return rows.size();
  }

  @Override
  public int getColumnCount() {
    return COLUMNS.length;
  }

  @Override
  public String getColumnName(int column) {
    return COLUMNS[column].header();
  }

  @Override
  public Class<?> getColumnClass(int column) {
    return COLUMNS[column].type();
  }

  @Override
  public Object getValueAt(int row, int column) {
    return COLUMNS[column].value(rows.get(row), clock.instant());
  }

  /** The row at this model index. */
  JobRow row(int modelIndex) {
    return rows.get(modelIndex);
  }

  /** The model index of this job's row. */
  Optional<Integer> indexOf(String jobId) {
    return Optional.ofNullable(index.get(jobId));
  }

  /** This job's row. */
  Optional<JobRow> find(String jobId) {
    return indexOf(jobId).map(rows::get);
  }

  /**
   * Shows a batch: the reload first (the rows become those jobs, download states kept), then each
   * change: a job read again replaces its row or adds one; a status from a notice replaces the
   * row's status until the job is read again; a status for a job not shown yet waits for its read.
   *
   * @return the ids of the jobs whose rows changed
   */
  List<String> apply(PendingChanges.Batch batch) {
    List<String> changed = new ArrayList<>();
    if (batch.reload() != null) {
      rows.clear();
      index.clear();
      for (Job job : batch.reload()) {
        put(job);
      }
    }
    int firstNew = rows.size();
    List<Integer> updated = new ArrayList<>();
    for (RowChange change : batch.changes()) {
      if (change.download() != null) {
        downloads.put(change.jobId(), change.download());
      }
      Integer at = index.get(change.jobId());
      Job job = change.job() != null ? change.job() : at != null ? rows.get(at).job() : null;
      if (job == null) {
        continue;
      }
      if (change.status() != null && change.status() != job.status()) {
        job = withStatus(job, change.status());
      }
      int where = put(job);
      if (where < firstNew) {
        updated.add(where);
      }
      changed.add(change.jobId());
    }
    if (batch.reload() != null) {
      fireTableDataChanged();
    } else {
      if (updated.size() > MANY) {
        // One event for the span: a sorter re-sorts once instead of moving each row, and the
        // selection is kept (an "everything changed" event would clear it).
        fireTableRowsUpdated(Collections.min(updated), Collections.max(updated));
      } else {
        for (int row : updated) {
          fireTableRowsUpdated(row, row);
        }
      }
      if (rows.size() > firstNew) {
        fireTableRowsInserted(firstNew, rows.size() - 1);
      }
    }
    return changed;
  }

  private int put(Job job) {
    JobRow row = new JobRow(job, downloads.getOrDefault(job.id(), DownloadState.NONE));
    Integer at = index.get(job.id());
    if (at != null) {
      rows.set(at, row);
      return at;
    }
    rows.add(row);
    index.put(job.id(), rows.size() - 1);
    return rows.size() - 1;
  }

  /** The job with a status a notice reported, its other fields as last read. */
  static Job withStatus(Job job, JobStatus status) {
    return new Job(
        job.id(),
        job.title(),
        status,
        job.priority(),
        job.preemptible(),
        job.retries(),
        job.flags(),
        job.scene(),
        job.renderer(),
        job.frames(),
        job.chunk(),
        job.scouts(),
        job.outputDir(),
        job.outputPattern(),
        job.user(),
        job.submittedAt(),
        job.startedAt(),
        job.finishedAt(),
        job.stats(),
        job.metadata());
  }
}
