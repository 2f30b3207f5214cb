package dev.farmhand.host.panel;

import dev.farmhand.core.protocol.Job;
import dev.farmhand.core.protocol.Nullable;
import dev.farmhand.core.status.JobStatus;
import java.util.Objects;

/**
 * What changed about one job since the table last showed it: the job read again, a status from a
 * notice (before the job is read again), a download state; any of them absent. Immutable.
 */
record RowChange(
    String jobId, @Nullable Job job, @Nullable JobStatus status, @Nullable DownloadState download) {
  RowChange {
    Objects.requireNonNull(jobId, "jobId");
  }

  static RowChange job(Job job) {
    return new RowChange(job.id(), job, null, null);
  }

  static RowChange status(String jobId, JobStatus status) {
    return new RowChange(jobId, null, status, null);
  }

  static RowChange download(String jobId, DownloadState download) {
    return new RowChange(jobId, null, null, download);
  }

  /**
   * This change followed by a newer one: a job read later replaces an earlier job and status; a
   * later status replaces an earlier one; a later download state replaces an earlier one.
   */
  RowChange then(RowChange newer) {
    if (!newer.jobId.equals(jobId)) {
      throw new IllegalArgumentException(newer.jobId + " is not " + jobId);
    }
    Job latestJob = newer.job != null ? newer.job : job;
    JobStatus latestStatus =
        newer.job != null ? newer.status : newer.status != null ? newer.status : status;
    DownloadState latestDownload = newer.download != null ? newer.download : download;
    return new RowChange(jobId, latestJob, latestStatus, latestDownload);
  }
}
