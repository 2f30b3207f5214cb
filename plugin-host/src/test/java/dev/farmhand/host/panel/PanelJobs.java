package dev.farmhand.host.panel;

import dev.farmhand.core.protocol.Job;
import dev.farmhand.core.protocol.JobStats;
import dev.farmhand.core.protocol.RetryPolicy;
import dev.farmhand.core.status.JobFlags;
import dev.farmhand.core.status.JobStatus;
import java.time.Instant;
import java.util.Map;

/** Jobs as the farm would report them, for the panel's tests. */
final class PanelJobs {
  static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");

  private PanelJobs() {}

  static Job job(String id, JobStatus status) {
    return job(id, status, "shot " + id, new JobStats(40, 10, 2, 4, 0, 120.5, 60, 100.0));
  }

  static Job job(String id, JobStatus status, String title, JobStats stats) {
    int number = Integer.parseInt(id.substring(2));
    return new Job(
        id,
        title,
        status,
        50,
        false,
        RetryPolicy.NONE,
        JobFlags.SYNCED,
        "scene.fhscene",
        "sample",
        "1-40",
        1,
        null,
        null,
        null,
        "ana",
        T0.plusSeconds(number),
        T0.plusSeconds(number + 5),
        null,
        stats,
        Map.of());
  }
}
