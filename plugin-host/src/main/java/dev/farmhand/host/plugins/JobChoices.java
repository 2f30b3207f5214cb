package dev.farmhand.host.plugins;

import dev.farmhand.core.protocol.RetryPolicy;
import dev.farmhand.core.submit.JobSpec;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a plugin's {@code build_job} chose for a job. A null field is one the plugin left to the
 * host. Values are checked when the job is built, not here. Immutable.
 *
 * @param title the job's title
 * @param renderer the farm renderer
 * @param frames the frame spec
 * @param chunk frames per task
 * @param scouts the scout spec
 * @param priority 0 to 100
 * @param preemptible whether the job may run on instances the farm can take away
 * @param retries runs after a lost instance and after a failure
 * @param outputDir where the outputs go on this machine
 * @param outputPattern the frames' names relative to the output folder
 * @param metadata entries added to the job's metadata; empty for none
 */
public record JobChoices(
    String title,
    String renderer,
    String frames,
    Integer chunk,
    String scouts,
    Integer priority,
    Boolean preemptible,
    RetryPolicy retries,
    String outputDir,
    String outputPattern,
    Map<String, String> metadata) {
  public JobChoices {
    metadata = Map.copyOf(Objects.requireNonNull(metadata, "metadata"));
  }

  /**
   * The fields chosen, by the names {@code build_job} uses ({@code output_pattern}), which are the
   * names the job's faults are reported under.
   */
  public Set<String> fields() {
    Set<String> fields = new LinkedHashSet<>();
    add(fields, "title", title);
    add(fields, "renderer", renderer);
    add(fields, "frames", frames);
    add(fields, "chunk", chunk);
    add(fields, "scouts", scouts);
    add(fields, "priority", priority);
    add(fields, "preemptible", preemptible);
    add(fields, "retries", retries);
    add(fields, "output_dir", outputDir);
    add(fields, "output_pattern", outputPattern);
    if (!metadata.isEmpty()) {
      fields.add("metadata");
    }
    return fields;
  }

  /** Sets each chosen field on the builder. */
  public JobSpec.Builder applyTo(JobSpec.Builder builder) {
    if (title != null) {
      builder.title(title);
    }
    if (renderer != null) {
      builder.renderer(renderer);
    }
    if (frames != null) {
      builder.frames(frames);
    }
    if (chunk != null) {
      builder.chunk(chunk);
    }
    if (scouts != null) {
      builder.scouts(scouts);
    }
    if (priority != null) {
      builder.priority(priority);
    }
    if (preemptible != null) {
      builder.preemptible(preemptible);
    }
    if (retries != null) {
      builder.retries(retries.preempted(), retries.failed());
    }
    if (outputDir != null) {
      builder.outputDir(outputDir);
    }
    if (outputPattern != null) {
      builder.outputPattern(outputPattern);
    }
    metadata.forEach(builder::metadata);
    return builder;
  }

  private static void add(Set<String> fields, String name, Object value) {
    if (value != null) {
      fields.add(name);
    }
  }
}
