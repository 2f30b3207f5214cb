package dev.farmhand.core.protocol;

import java.util.List;
import java.util.Objects;

/**
 * The files a job's workspace holds, as {@code GET /api/v1/jobs/{job_id}/manifest} reports them:
 * the dependencies it was submitted with. Retry Sync lays out and verifies exactly these.
 * Immutable.
 *
 * @param jobId the job
 * @param files relative path, SHA-256 and size of each file
 */
public record Manifest(String jobId, List<Dependency> files) {
  public Manifest {
    WireChecks.id(jobId, "job_id");
    files = List.copyOf(Objects.requireNonNull(files, "files"));
  }
}
