package dev.farmhand.core.protocol;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The body of {@code POST /api/v1/jobs}: everything the farm needs to render a job. Sent with an
 * {@code Idempotency-Key} header so a retried submit never makes two jobs. Immutable.
 *
 * @param title what the "My Jobs" page shows
 * @param scene the scene file's path in the workspace; one of {@code dependencies}
 * @param renderer the renderer's name as the farm lists it, e.g. {@code blender}
 * @param frames the frame spec, e.g. {@code 1-100x2,150}
 * @param chunk frames per task, at least 1
 * @param scouts the scout spec ({@code 1,50,100} or {@code auto:3}); absent: no scouts
 * @param priority 0 to 100, higher runs first
 * @param preemptible whether the job may run on instances the farm can take away
 * @param retries how often a task runs again
 * @param outputDir where the outputs go on the submitter's machine; absent: the download root
 * @param outputPattern the frames' file names relative to the output folder, {@code ####} for the
 *     frame number ({@code renders/shot010_####.png}); absent: the scene's own
 * @param dependencies every file the job reads, the scene included; the farm must hold each
 * @param metadata free-form labels (plugin, application version…), shown but not interpreted
 */
public record JobCreateRequest(
    String title,
    String scene,
    String renderer,
    String frames,
    int chunk,
    @Nullable String scouts,
    int priority,
    boolean preemptible,
    RetryPolicy retries,
    @Nullable String outputDir,
    @Nullable String outputPattern,
    List<Dependency> dependencies,
    Map<String, String> metadata) {
  public JobCreateRequest {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(scene, "scene");
    Objects.requireNonNull(renderer, "renderer");
    Objects.requireNonNull(frames, "frames");
    if (chunk < 1) {
      throw new IllegalArgumentException("chunk is " + chunk + ": use 1 or more frames per task");
    }
    WireChecks.priority(priority, "priority");
    Objects.requireNonNull(retries, "retries");
    dependencies = List.copyOf(Objects.requireNonNull(dependencies, "dependencies"));
    metadata = Map.copyOf(Objects.requireNonNull(metadata, "metadata"));
  }
}
