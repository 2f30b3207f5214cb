package dev.farmhand.farm.sched;

import dev.farmhand.core.files.Sha256;
import dev.farmhand.core.protocol.Output;
import dev.farmhand.core.status.TaskStatus;
import dev.farmhand.farm.jobs.FarmPaths;
import dev.farmhand.farm.jobs.JobJournal;
import dev.farmhand.farm.render.OutputPattern;
import dev.farmhand.farm.render.RenderTask;
import dev.farmhand.farm.store.StoredJob;
import dev.farmhand.farm.store.StoredTask;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * Writes down what an attempt came to: its frames taken in as outputs on success; on failure or
 * preemption, whether the task runs again under the job's retry policy. An attempt that Kill (or a
 * control) ended meanwhile changes nothing: the control has written its outcome already.
 */
final class Outcomes {
  private final JobJournal journal;
  private final FarmPaths paths;
  private final Clock clock;

  Outcomes(JobJournal journal, FarmPaths paths, Clock clock) {
    this.journal = journal;
    this.paths = paths;
    this.clock = clock;
  }

  /** The job's output pattern, or one made from its scene's name. */
  static String pattern(StoredJob job) {
    if (job.outputPattern() != null) {
      return job.outputPattern();
    }
    String scene = Path.of(job.scene()).getFileName().toString();
    int dot = scene.lastIndexOf('.');
    return (dot > 0 ? scene.substring(0, dot) : scene) + "_####.png";
  }

  void record(StoredJob job, StoredTask task, RenderTask render, int exit, boolean preempted)
      throws IOException {
    List<Output> outputs = exit == 0 && !preempted ? takeIn(job, task, render) : List.of();
    Instant now = clock.instant();
    double seconds = Duration.between(task.startedAt(), now).toMillis() / 1000.0;
    journal.change(
        job.id(),
        (tx, current) -> {
          int i = current.indexOf(task.id());
          StoredTask latest = current.tasks().get(i);
          if (latest.status() != TaskStatus.RUNNING || latest.attempts() != task.attempts()) {
            return current;
          }
          if (preempted) {
            return current.withTask(
                i,
                t -> t.ended(TaskStatus.PREEMPTED, false, true, now, seconds, "lost its instance"));
          }
          if (exit == 0) {
            for (Output output : outputs) {
              tx.output(output);
            }
            return current.withTask(
                i, t -> t.ended(TaskStatus.SUCCESS, false, false, now, seconds, null));
          }
          return current.withTask(
              i,
              t ->
                  failed(
                      t,
                      current.job().retries().failed(),
                      now,
                      seconds,
                      "the renderer exited with code " + exit + "; its log says why"));
        });
  }

  void couldNotRun(StoredJob job, StoredTask task, Exception e) {
    Instant now = clock.instant();
    journal.change(
        job.id(),
        (tx, current) -> {
          int i = current.indexOf(task.id());
          if (current.tasks().get(i).status() != TaskStatus.RUNNING) {
            return current;
          }
          return current.withTask(
              i,
              t ->
                  failed(
                      t,
                      current.job().retries().failed(),
                      now,
                      0,
                      "the renderer could not start: " + e.getMessage()));
        });
  }

  private static StoredTask failed(
      StoredTask task, int retries, Instant now, double seconds, String why) {
    TaskStatus next = task.failedCount() + 1 <= retries ? TaskStatus.PENDING : TaskStatus.FAILED;
    return task.ended(next, true, false, now, seconds, why);
  }

  /** Moves the attempt's files into the job's outputs and describes each. */
  private List<Output> takeIn(StoredJob job, StoredTask task, RenderTask render)
      throws IOException {
    Path from = render.outputDir();
    Path to = paths.outputs(job.id());
    OutputPattern pattern = OutputPattern.of(render.outputPattern());
    List<Output> outputs = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(from)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path file : files) {
      String relative = from.relativize(file).toString().replace('\\', '/');
      Path target = to.resolve(relative);
      Files.createDirectories(target.getParent());
      Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
      OptionalInt named = pattern.frameOf(relative);
      Integer frame =
          named.isPresent()
              ? Integer.valueOf(named.getAsInt())
              : task.frames().size() == 1 ? task.frames().get(0) : null;
      outputs.add(new Output(relative, Files.size(target), Sha256.of(target), task.id(), frame));
    }
    return outputs;
  }
}
