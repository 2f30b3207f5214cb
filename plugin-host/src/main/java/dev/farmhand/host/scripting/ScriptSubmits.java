package dev.farmhand.host.scripting;

import dev.farmhand.core.client.FarmClient;
import dev.farmhand.core.paths.RelativePath;
import dev.farmhand.core.protocol.Job;
import dev.farmhand.core.protocol.Nullable;
import dev.farmhand.core.submit.JobSpec;
import dev.farmhand.core.submit.Submitter;
import dev.farmhand.core.sync.Cancellation;
import dev.farmhand.core.sync.DependencySync;
import dev.farmhand.core.sync.LocalDependency;
import dev.farmhand.core.sync.SyncListener;
import dev.farmhand.host.submit.JobOverrides;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * How a script's submits become jobs: its keyword options as {@link JobOverrides} (the same as
 * {@code farmhand submit}'s flags), a spec dict as a {@link JobSpec}, and the submit itself (only
 * the files the farm lacks are uploaded, then the job is made once under a fresh idempotency key).
 * Stateless and thread-safe.
 */
final class ScriptSubmits {
  private ScriptSubmits() {}

  /**
   * The changes a script asks of a scene's job: {@code title, frames, chunk, scouts, priority,
   * preemptible, retries_preempted, retries_failed, output}.
   *
   * @throws IllegalArgumentException naming a field of the wrong type or an unknown one
   */
  static JobOverrides overrides(@Nullable Map<?, ?> options) {
    ScriptArguments read = new ScriptArguments("the submit options", options);
    String output = read.text("output");
    JobOverrides overrides =
        new JobOverrides(
            read.text("title"),
            read.text("frames"),
            read.integer("chunk"),
            read.text("scouts"),
            read.integer("priority"),
            read.flag("preemptible"),
            read.integer("retries_preempted"),
            read.integer("retries_failed"),
            output == null ? null : Path.of(output).toAbsolutePath().normalize().toString());
    read.finish();
    return overrides;
  }

  /**
   * A job spec from a script's dict: {@code scene} (the scene file here; it goes to the top of the
   * workspace under its own name, or to {@code scene_path}), {@code files} (workspace path to file
   * here), {@code renderer}, {@code frames} and the fields of {@link #overrides} but {@code
   * output}, which is {@code output_dir} here, with {@code output_pattern} and {@code metadata}.
   * The title defaults to the scene's file name without its ending.
   *
   * @throws IllegalArgumentException naming each field that is wrong (an {@link
   *     dev.farmhand.core.submit.InvalidJobSpecException} for the job's own checks)
   */
  static JobSpec spec(Map<?, ?> spec) {
    ScriptArguments read = new ScriptArguments("the job spec", spec);
    String sceneText = read.text("scene");
    if (sceneText == null) {
      throw new IllegalArgumentException(
          "the job spec has no 'scene': give the path of the scene file here");
    }
    Path scene = Path.of(sceneText).toAbsolutePath().normalize();
    String scenePath = read.text("scene_path");
    String workspacePath = scenePath != null ? scenePath : scene.getFileName().toString();
    JobSpec.Builder builder =
        JobSpec.builder()
            .title(titleOf(scene))
            .scene(workspacePath)
            .file(new LocalDependency(scene, RelativePath.of(workspacePath)))
            .renderer(read.text("renderer"))
            .frames(read.text("frames"));
    read.texts("files")
        .forEach(
            (path, file) ->
                builder.file(new LocalDependency(Path.of(file), RelativePath.of(path))));
    String outputDir = read.text("output_dir");
    if (outputDir != null) {
      builder.outputDir(Path.of(outputDir).toAbsolutePath().normalize().toString());
    }
    String pattern = read.text("output_pattern");
    if (pattern != null) {
      builder.outputPattern(pattern);
    }
    read.texts("metadata").forEach(builder::metadata);
    JobOverrides overrides =
        new JobOverrides(
            read.text("title"),
            null,
            read.integer("chunk"),
            read.text("scouts"),
            read.integer("priority"),
            read.flag("preemptible"),
            read.integer("retries_preempted"),
            read.integer("retries_failed"),
            null);
    read.finish();
    return overrides.applyTo(builder).build();
  }

  /**
   * Uploads what the farm lacks of the job's files, then makes the job.
   *
   * @param withoutMissing leave out files missing here (never the scene) instead of refusing
   * @return the job as the farm made it
   */
  static Job submit(FarmClient client, JobSpec spec, boolean withoutMissing) throws IOException {
    DependencySync sync = DependencySync.builder(client).build();
    return new Submitter(client, sync)
        .submit(
            spec,
            withoutMissing,
            Submitter.newIdempotencyKey(),
            SyncListener.NONE,
            new Cancellation())
        .submission()
        .job();
  }

  private static String titleOf(Path scene) {
    String name = scene.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
