package dev.farmhand.host.cli;

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

/** The job {@code farmhand submit --dry-run} would send, as short aligned lines for people. */
final class DryRunReport {
  private DryRunReport() {}

  static String describe(JobSpec job, PluginManifest plugin) throws IOException {
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
    List<List<String>> files = new ArrayList<>();
    for (LocalDependency file : job.files()) {
      long size = Files.size(file.file());
      total += size;
      files.add(List.of("  " + file.path(), SyncProgressLines.bytes(size), file.file().toString()));
    }
    rows.add(
        List.of(
            "files", count(job.files().size(), "file") + ", " + SyncProgressLines.bytes(total)));
    return "job that would be sent (dry run: nothing was sent)\n"
        + Tables.render(rows)
        + Tables.render(files);
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
