package dev.farmhand.farm.sched;

import dev.farmhand.core.files.Sha256;
import dev.farmhand.core.protocol.Output;
import dev.farmhand.core.status.TaskStatus;
import dev.farmhand.farm.jobs.FarmPaths;
import dev.farmhand.farm.jobs.JobJournal;
import dev.farmhand.farm.jobs.Snapshot;
import dev.farmhand.farm.render.OutputPattern;
import dev.farmhand.farm.render.RenderTask;
import dev.farmhand.farm.store.StoredJob;
import dev.farmhand.farm.store.StoredTask;
import java.io.IOException;
import java.io.UncheckedIOException;
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
 * Writes down what an attempt came to: on success its frames taken in as outputs; on failure or
 * preemption, whether the task runs again under the job's retry policy (Holding, not Pending, when
 * the job is held). An attempt that a control ended or replaced meanwhile changes nothing, and its
 * files are not taken in.
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

  /** A file an attempt wrote, hashed where it was written. */
  private record Written(Path file, Output output) {}

  void record(StoredJob job, StoredTask task, RenderTask render, int exit, boolean preempted)
      throws IOException {
    List<Written> written = exit == 0 && !preempted ? describe(task, render) : List.of();
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
          if (exit != 0) {
            return failed(
                current,
                i,
                now,
                seconds,
                "the renderer exited with code " + exit + "; its log says why");
          }
          for (Written file : written) {
            String owner = tx.outputOwner(file.output().path());
            if (owner != null && !owner.equals(task.id())) {
              return failed(
                  current,
                  i,
                  now,
                  seconds,
                  "it wrote '"
                      + file.output().path()
                      + "', which task "
                      + owner
                      + " wrote too: give each frame its own name with #### in the output pattern");
            }
          }
          for (Written file : written) {
            takeIn(job, file);
            tx.output(file.output());
          }
          return current.withTask(
              i, t -> t.ended(TaskStatus.SUCCESS, false, false, now, seconds, null));
        });
  }

  void couldNotRun(StoredJob job, StoredTask task, Exception e) {
    Instant now = clock.instant();
    journal.change(
        job.id(),
        (tx, current) -> {
          int i = current.indexOf(task.id());
          StoredTask latest = current.tasks().get(i);
          if (latest.status() != TaskStatus.RUNNING || latest.attempts() != task.attempts()) {
            return current;
          }
          return failed(current, i, now, 0, "the renderer could not start: " + e.getMessage());
        });
  }

  private static Snapshot failed(Snapshot job, int index, Instant now, double seconds, String why) {
    StoredTask task = job.tasks().get(index);
    TaskStatus next;
    if (task.failedCount() + 1 > job.job().retries().failed()) {
      next = TaskStatus.FAILED;
    } else {
      next = job.job().flags().held() ? TaskStatus.HOLDING : TaskStatus.PENDING;
    }
    return job.withTask(index, t -> t.ended(next, true, false, now, seconds, why));
  }

  /** Hashes the attempt's files where they are, and names each as an output of the task. */
  private static List<Written> describe(StoredTask task, RenderTask render) throws IOException {
    Path from = render.outputDir();
    OutputPattern pattern = OutputPattern.of(render.outputPattern());
    List<Written> written = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(from)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path file : files) {
      String relative = from.relativize(file).toString().replace('\\', '/');
      OptionalInt named = pattern.frameOf(relative);
      Integer frame =
          named.isPresent()
              ? Integer.valueOf(named.getAsInt())
              : task.frames().size() == 1 ? task.frames().get(0) : null;
      written.add(
          new Written(
              file, new Output(relative, Files.size(file), Sha256.of(file), task.id(), frame)));
    }
    return written;
  }

  /** Moves a file into the job's outputs, where downloads are served from. */
  private void takeIn(StoredJob job, Written file) {
    try {
      Path target = paths.outputs(job.id()).resolve(file.output().path());
      Files.createDirectories(target.getParent());
      Files.move(file.file(), target, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot take in " + file.output().path(), e);
    }
  }
}
