package dev.farmhand.host.submit;

import dev.farmhand.core.frames.FrameChunk;
import dev.farmhand.core.frames.FrameSpec;
import dev.farmhand.core.frames.ScoutSpec;
import dev.farmhand.core.frames.TaskPlan;
import dev.farmhand.core.submit.JobSpec;
import dev.farmhand.core.sync.LocalDependency;
import dev.farmhand.host.plugins.PluginManifest;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The job a submit would send, resolved, as rows a person reads: what {@code farmhand submit
 * --dry-run} prints and the render panel's Submit dialog shows before sending. Stateless.
 */
public final class JobSummary {
  private JobSummary() {}

  /**
   * The job's settings as (name, value) rows: title, scene and plugin, renderer, frames, scouts,
   * tasks, priority, preemptible, retries, output, and the files' count and size.
   *
   * @throws IOException if a file's size cannot be read
   */
  public static List<List<String>> rows(JobSpec job, PluginManifest plugin) throws IOException {
    ScoutSpec scouts = job.scouts() == null ? null : ScoutSpec.parse(job.scouts());
    List<FrameChunk> tasks = TaskPlan.of(job.frames(), scouts, job.chunk()).chunks();
    long scoutTasks = tasks.stream().filter(FrameChunk::scout).count();
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("title", job.title()));
    rows.add(List.of("scene", job.scene() + ", read by " + plugin.name() + " " + plugin.version()));
    rows.add(List.of("renderer", job.renderer()));
    int frames = job.frames().size();
    rows.add(List.of("frames", job.frames().text() + " (" + count(frames, "frame") + ")"));
    rows.add(
        List.of(
            "scouts",
            scouts == null
                ? "none"
                : scouts.text() + ": " + FrameSpec.compact(scouts.resolve(job.frames()))));
    rows.add(
        List.of(
            "tasks",
            tasks.size()
                + " ("
                + scoutTasks
                + " scout, "
                + (tasks.size() - scoutTasks)
                + " of up to "
                + count(job.chunk(), "frame")
                + ")"));
    rows.add(List.of("priority", String.valueOf(job.priority())));
    rows.add(List.of("preemptible", job.preemptible() ? "yes" : "no"));
    rows.add(
        List.of(
            "retries",
            job.retries().preempted()
                + " after preemption, "
                + job.retries().failed()
                + " after failure"));
    rows.add(
        List.of(
            "output",
            (job.outputPattern() == null ? "the scene's own names" : job.outputPattern())
                + " in "
                + (job.outputDir() == null ? "the download root" : job.outputDir())));
    long total = 0;
    for (LocalDependency file : job.files()) {
      total += Files.exists(file.file()) ? Files.size(file.file()) : 0;
    }
    rows.add(List.of("files", count(job.files().size(), "file") + ", " + bytes(total)));
    return rows;
  }

  /**
   * One row per file the job takes: its path in the job, its size, where it is here.
   *
   * @throws IOException if a file's size cannot be read
   */
  public static List<List<String>> files(JobSpec job) throws IOException {
    List<List<String>> files = new ArrayList<>();
    for (LocalDependency file : job.files()) {
      String size = Files.exists(file.file()) ? bytes(Files.size(file.file())) : "missing";
      files.add(List.of(file.path().toString(), size, file.file().toString()));
    }
    return files;
  }

  /** A size for people: {@code 512 B}, {@code 1.5 MB}. */
  public static String bytes(long bytes) {
    if (bytes < 1000) {
      return bytes + " B";
    }
    String[] units = {"KB", "MB", "GB", "TB"};
    double value = bytes;
    int unit = -1;
    while (value >= 1000 && unit < units.length - 1) {
      value /= 1000;
      unit++;
    }
    return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
