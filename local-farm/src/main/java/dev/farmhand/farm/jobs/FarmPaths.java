package dev.farmhand.farm.jobs;

import java.nio.file.Path;

/**
 * Where the farm keeps things in its data folder: the database, the content store, and per job its
 * workspace (the shared disk), its outputs, its attempts' scratch folders and its logs.
 *
 * @param root the data folder
 */
public record FarmPaths(Path root) {
  /** The database's folder. */
  public Path database() {
    return root.resolve("db");
  }

  /** The content store's folder. */
  public Path store() {
    return root.resolve("store");
  }

  /** A job's workspace on the shared disk. */
  public Path workspace(String jobId) {
    return job(jobId).resolve("workspace");
  }

  /** Where a job's outputs are kept for download. */
  public Path outputs(String jobId) {
    return job(jobId).resolve("outputs");
  }

  /** Where one attempt of a task writes its frames before the farm takes them in. */
  public Path attempt(String jobId, String taskId, int attempt) {
    return job(jobId).resolve("attempts").resolve(taskId + "-" + attempt);
  }

  /** A task's log, all its attempts in one file. */
  public Path taskLog(String jobId, String taskId) {
    return job(jobId).resolve("logs").resolve(taskId + ".log");
  }

  /** The log of laying a job's files out on the shared disk. */
  public Path syncLog(String jobId) {
    return job(jobId).resolve("logs").resolve("sync.log");
  }

  private Path job(String jobId) {
    return root.resolve("jobs").resolve(jobId);
  }
}
