package dev.farmhand.host.panel;

import dev.farmhand.core.client.FarmClient;
import dev.farmhand.core.protocol.Job;
import dev.farmhand.core.submit.JobSpec;
import dev.farmhand.core.submit.Submitter;
import dev.farmhand.core.sync.Cancellation;
import dev.farmhand.core.sync.DependencySync;
import dev.farmhand.core.sync.MissingDependency;
import dev.farmhand.core.sync.SyncListener;
import dev.farmhand.host.plugins.PluginException;
import dev.farmhand.host.plugins.PluginScene;
import dev.farmhand.host.scenes.SceneJobs;
import dev.farmhand.host.submit.JobOverrides;
import dev.farmhand.host.submit.JobSummary;
import dev.farmhand.host.submit.SceneJobMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What the Submit dialog does, without Swing: a scene read through its plugin into the job it makes
 * with the user's changes (as {@code farmhand submit} makes it), shown resolved with its missing
 * dependencies; then sent, files first, once per dialog (one idempotency key). Blocking; call off
 * the event thread. Thread-safe.
 */
final class SceneSubmission {
  /**
   * The job a scene makes, resolved. Immutable.
   *
   * @param job the job that would be sent
   * @param rows its settings as (name, value) rows
   * @param missing the scene's dependencies not on this machine; they are left out when sent
   */
  record Preview(JobSpec job, List<List<String>> rows, List<String> missing) {
    Preview {
      rows = List.copyOf(rows);
      missing = List.copyOf(missing);
    }
  }

  private final FarmClient client;
  private final SceneJobs scenes;
  private final String idempotencyKey = Submitter.newIdempotencyKey();

  SceneSubmission(FarmClient client, SceneJobs scenes) {
    this.client = Objects.requireNonNull(client, "client");
    this.scenes = Objects.requireNonNull(scenes, "scenes");
  }

  /**
   * Reads the scene through its plugin and makes its job with these changes.
   *
   * @throws PluginException if the plugin fails or refuses the scene, with its reason
   * @throws IllegalArgumentException naming each fault of the job (a bad frame spec…)
   * @throws IOException if a file's size cannot be read
   */
  Preview preview(Path scene, JobOverrides overrides) throws IOException, PluginException {
    PluginScene read = scenes.read(scene);
    List<MissingDependency> missing = SceneJobMapper.missing(read.info());
    JobSpec job = scenes.job(read, overrides, true);
    return new Preview(
        job,
        JobSummary.rows(job, read.plugin().manifest()),
        missing.stream().map(MissingDependency::toString).toList());
  }

  /**
   * Sends the job: its files the farm lacks (progress to {@code listener}, stopped by {@code
   * cancellation}), then the job, never twice for this dialog however often it is tried.
   */
  Job submit(JobSpec job, SyncListener listener, Cancellation cancellation) throws IOException {
    DependencySync sync = DependencySync.builder(client).build();
    return new Submitter(client, sync)
        .submit(job, true, idempotencyKey, listener, cancellation)
        .submission()
        .job();
  }
}
