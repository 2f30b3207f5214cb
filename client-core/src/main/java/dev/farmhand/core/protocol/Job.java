package dev.farmhand.core.protocol;

import dev.farmhand.core.status.JobFlags;
import dev.farmhand.core.status.JobStatus;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One job as the farm reports it ({@code GET /api/v1/jobs/{job_id}} and the job list). Its {@code
 * status} is what {@link dev.farmhand.core.status.StatusRules} derives from its tasks and {@code
 * flags}; the client does not derive it again from a job alone. Immutable.
 *
 * @param id the job id: opaque, 1 to 64 letters, digits, {@code _} or {@code -}
 * @param title what the page shows
 * @param status the job's status
 * @param priority 0 to 100, higher runs first
 * @param preemptible whether the job may run on instances the farm can take away
 * @param retries how often a task runs again
 * @param flags the facts the status rules read besides the tasks: sync state, held, killed,
 *     completed by hand, downloaded, reviewed
 * @param scene the scene file's path in the workspace
 * @param renderer the renderer's name
 * @param frames the frame spec as submitted
 * @param chunk frames per task
 * @param scouts the scout spec as submitted; absent: no scouts
 * @param outputDir where outputs go on the submitter's machine, as submitted
 * @param outputPattern the frames' file names relative to the output folder, {@code ####} for the
 *     frame number ({@code renders/shot010_####.png}); absent: the scene's own
 * @param user who submitted it
 * @param submittedAt when the farm made the job
 * @param startedAt when its first task started
 * @param finishedAt when its last task ended, while nothing more runs by itself
 * @param stats frames, render time, elapsed time, time left
 * @param metadata free-form labels from the submitter
 */
public record Job(
    String id,
    String title,
    JobStatus status,
    int priority,
    boolean preemptible,
    RetryPolicy retries,
    JobFlags flags,
    String scene,
    String renderer,
    String frames,
    int chunk,
    @Nullable String scouts,
    @Nullable String outputDir,
    @Nullable String outputPattern,
    String user,
    Instant submittedAt,
    @Nullable Instant startedAt,
    @Nullable Instant finishedAt,
    JobStats stats,
    Map<String, String> metadata) {
  public Job {
    WireChecks.id(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(status, "status");
    WireChecks.priority(priority, "priority");
    Objects.requireNonNull(retries, "retries");
    Objects.requireNonNull(flags, "flags");
    Objects.requireNonNull(scene, "scene");
    Objects.requireNonNull(renderer, "renderer");
    Objects.requireNonNull(frames, "frames");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(submittedAt, "submitted_at");
    Objects.requireNonNull(stats, "stats");
    metadata = Map.copyOf(Objects.requireNonNull(metadata, "metadata"));
  }
}
