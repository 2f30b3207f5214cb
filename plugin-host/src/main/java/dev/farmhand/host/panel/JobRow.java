package dev.farmhand.host.panel;

import dev.farmhand.core.protocol.Job;
import java.util.Objects;

/**
 * One row of the jobs table: the job as last read from the farm (its status possibly newer, from a
 * notice) and how far its outputs have come home. Immutable.
 */
record JobRow(Job job, DownloadState download) {
  JobRow {
    Objects.requireNonNull(job, "job");
    Objects.requireNonNull(download, "download");
  }

  String id() {
    return job.id();
  }
}
