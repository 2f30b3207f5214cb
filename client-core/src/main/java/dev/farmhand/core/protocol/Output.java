package dev.farmhand.core.protocol;

import java.util.Objects;

/**
 * One file a task wrote, kept by the farm until downloaded. Its bytes are at {@code GET
 * /api/v1/jobs/{job_id}/outputs/{sha256}}, which honours {@code Range}. Immutable.
 *
 * @param path relative path under the job's output folder, with {@code /} separators; a client
 *     refuses one that is absolute, climbs out with {@code ..} or passes through a link
 * @param size length in bytes
 * @param sha256 the content's SHA-256, also the download's {@code ETag}
 * @param taskId the task that wrote it
 * @param frame the frame it is an image of; absent for a file that belongs to no one frame
 */
public record Output(
    String path, long size, String sha256, String taskId, @Nullable Integer frame) {
  public Output {
    Objects.requireNonNull(path, "path");
    WireChecks.notNegative(size, "size");
    WireChecks.sha256(sha256, "sha256");
    WireChecks.id(taskId, "task_id");
  }
}
