package dev.farmhand.host.panel;

import dev.farmhand.core.protocol.JobStats;
import dev.farmhand.core.status.JobStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;

/**
 * The columns of the jobs table, in order: what each shows of a row, and how it sorts. The values
 * are typed ({@link JobStatus}, {@link JobStats}, {@link Instant}, {@link Duration}, {@link
 * DownloadState}) so sorting compares meaning, not text; renderers turn them into text.
 */
enum JobColumn {
  STATUS("Status", JobStatus.class, 120),
  TITLE("Title", String.class, 220),
  ID("Job", String.class, 60),
  FRAMES("Frames", JobStats.class, 160),
  FAILED("Failed", Integer.class, 55),
  RUNNING("Running", Integer.class, 60),
  PRIORITY("Priority", Integer.class, 60),
  SUBMITTED("Submitted", Instant.class, 130),
  ELAPSED("Elapsed", Duration.class, 75),
  RENDER_TIME("Render time", Duration.class, 85),
  DOWNLOAD("Download", DownloadState.class, 120);

  /** Frames sort by the share done, then by how many there are. */
  static final Comparator<JobStats> BY_PROGRESS =
      Comparator.<JobStats>comparingDouble(
              s -> s.framesTotal() == 0 ? 0 : (double) s.framesDone() / s.framesTotal())
          .thenComparingInt(JobStats::framesTotal);

  private final String header;
  private final Class<?> type;
  private final int width;

  JobColumn(String header, Class<?> type, int width) {
    this.header = header;
    this.type = type;
    this.width = width;
  }

  String header() {
    return header;
  }

  Class<?> type() {
    return type;
  }

  int width() {
    return width;
  }

  /** What this column shows of the row at {@code now}. */
  Object value(JobRow row, Instant now) {
    var job = row.job();
    switch (this) {
      case STATUS:
        return job.status();
      case TITLE:
        return job.title();
      case ID:
        return job.id();
      case FRAMES:
        return job.stats();
      case FAILED:
        return job.stats().framesFailed();
      case RUNNING:
        return job.stats().framesRunning();
      case PRIORITY:
        return job.priority();
      case SUBMITTED:
        return job.submittedAt();
      case ELAPSED:
        return JobTimes.elapsed(job, now);
      case RENDER_TIME:
        return JobTimes.renderTime(job);
      case DOWNLOAD:
        return job.status() == JobStatus.DOWNLOADED
            ? row.download().asDownloaded()
            : row.download();
      default:
        throw new AssertionError(this);
    }
  }
}
