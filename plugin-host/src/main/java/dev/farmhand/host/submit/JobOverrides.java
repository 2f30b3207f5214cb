package dev.farmhand.host.submit;

import dev.farmhand.core.submit.JobSpec;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the user changes about the job a scene makes ({@code --frames}, {@code --priority}…). A null
 * field leaves the scene's value, or the job spec's default. Immutable; checked only when the spec
 * is built, so every fault is reported at once with its field.
 *
 * @param title the job's title instead of the scene's name
 * @param frames the frame spec instead of the scene's frames
 * @param chunk frames per task
 * @param scouts the scout spec ({@code auto:3}, {@code 1,50,100})
 * @param priority 0 to 100
 * @param preemptible whether the job may run on instances the farm can take away
 * @param retriesPreempted runs after a lost instance ({@value #DEFAULT_RETRIES_PREEMPTED} unless
 *     set)
 * @param retriesFailed runs after a failure ({@value #DEFAULT_RETRIES_FAILED} unless set)
 * @param outputDir where the outputs go on this machine
 */
public record JobOverrides(
    String title,
    String frames,
    Integer chunk,
    String scouts,
    Integer priority,
    Boolean preemptible,
    Integer retriesPreempted,
    Integer retriesFailed,
    String outputDir) {
  /** Retries after a lost instance when only the other retry count is given, as JobSpec has. */
  public static final int DEFAULT_RETRIES_PREEMPTED = 2;

  /** Retries after a failure when only the other retry count is given, as JobSpec has. */
  public static final int DEFAULT_RETRIES_FAILED = 1;

  /** No changes. */
  public static final JobOverrides NONE =
      new JobOverrides(null, null, null, null, null, null, null, null, null);

  /** Sets each given field on the builder. */
  public JobSpec.Builder applyTo(JobSpec.Builder builder) {
    if (title != null) {
      builder.title(title);
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
    if (retriesPreempted != null || retriesFailed != null) {
      builder.retries(
          retriesPreempted != null ? retriesPreempted : DEFAULT_RETRIES_PREEMPTED,
          retriesFailed != null ? retriesFailed : DEFAULT_RETRIES_FAILED);
    }
    if (outputDir != null) {
      builder.outputDir(outputDir);
    }
    return builder;
  }

  /**
   * The overrides as a plugin's {@code build_job} receives them: every key, by its name in the
   * contract ({@code retries_preempted}, {@code output_dir}), null where nothing was given.
   */
  public Map<String, Object> asMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("title", title);
    map.put("frames", frames);
    map.put("chunk", chunk);
    map.put("scouts", scouts);
    map.put("priority", priority);
    map.put("preemptible", preemptible);
    map.put("retries_preempted", retriesPreempted);
    map.put("retries_failed", retriesFailed);
    map.put("output_dir", outputDir);
    return map;
  }

  /**
   * The job fields these overrides set, by the names job faults are reported under ({@code retries}
   * for either count, {@code output_dir}).
   */
  public Set<String> fields() {
    Set<String> fields = new LinkedHashSet<>();
    asMap()
        .forEach(
            (name, value) -> {
              if (value != null) {
                fields.add(name.startsWith("retries_") ? "retries" : name);
              }
            });
    return fields;
  }
}
