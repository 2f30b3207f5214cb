package dev.farmhand.host.panel;

import dev.farmhand.core.client.FarmClient;
import dev.farmhand.core.download.Downloader;
import dev.farmhand.core.download.FileOutcome;
import dev.farmhand.core.download.JobFolder;
import dev.farmhand.core.protocol.Job;
import dev.farmhand.core.protocol.Output;
import dev.farmhand.core.protocol.Task;
import dev.farmhand.core.status.TaskStatus;
import dev.farmhand.core.sync.Cancellation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * What the job detail shows, read from the farm: the job, its tasks, and its finished scout frames
 * brought home (into the job's download folder, by the downloader's rules: verified, a different
 * file there kept) with thumbnails. Blocking; call off the event thread. Thread-safe.
 */
final class JobDetails {
  /**
   * One read of a job. Immutable.
   *
   * @param job the job
   * @param tasks its tasks, by index
   * @param scouts its scout frames on this machine, by frame
   * @param scoutNote what else to say about its scouts (none yet, one not brought home and why)
   */
  record Detail(Job job, List<Task> tasks, List<ScoutFrame> scouts, String scoutNote) {
    Detail {
      tasks = List.copyOf(tasks);
      scouts = List.copyOf(scouts);
    }
  }

  private final FarmClient client;
  private final Downloader downloader;
  private final Map<String, ScoutFrame> thumbnails = new ConcurrentHashMap<>();

  JobDetails(FarmClient client, Downloader downloader) {
    this.client = Objects.requireNonNull(client, "client");
    this.downloader = Objects.requireNonNull(downloader, "downloader");
  }

  Detail load(String jobId) throws IOException {
    Job job = client.job(jobId);
    List<Task> tasks = client.tasks(jobId);
    Set<String> scoutTasks =
        tasks.stream()
            .filter(t -> t.scout() && t.status() == TaskStatus.SUCCESS)
            .map(Task::id)
            .collect(Collectors.toSet());
    if (job.scouts() == null) {
      return new Detail(job, tasks, List.of(), "This job has no scout frames.");
    }
    if (scoutTasks.isEmpty()) {
      return new Detail(job, tasks, List.of(), "No scout frame has finished yet.");
    }
    List<ScoutFrame> scouts = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    JobFolder folder = downloader.folderFor(job);
    for (Output output : client.outputs(jobId)) {
      if (!scoutTasks.contains(output.taskId())) {
        continue;
      }
      ScoutFrame known = thumbnails.get(output.sha256());
      if (known != null && known.file().toFile().isFile()) {
        scouts.add(known);
        continue;
      }
      try {
        FileOutcome outcome =
            downloader.fetch(jobId, folder, output, path -> false, new Cancellation());
        if (!outcome.onDisk()) {
          problems.add(output.path() + ": " + describe(outcome));
          continue;
        }
        int frame = output.frame() == null ? -1 : output.frame();
        ScoutFrame scout =
            new ScoutFrame(
                frame, outcome.target(), Thumbnails.of(outcome.target(), ScoutFrame.WIDTH));
        thumbnails.put(output.sha256(), scout);
        scouts.add(scout);
      } catch (IOException e) {
        problems.add(output.path() + ": " + e.getMessage());
      }
    }
    scouts.sort(Comparator.comparingInt(ScoutFrame::frame));
    String note =
        problems.isEmpty()
            ? scouts.size()
                + " scout frame"
                + (scouts.size() == 1 ? "" : "s")
                + " in "
                + folder.path()
            : "Not shown: " + String.join("; ", problems);
    return new Detail(job, tasks, scouts, note);
  }

  /** The task's log, all attempts. */
  String log(String jobId, String taskId) throws IOException {
    return client.taskLog(jobId, taskId);
  }

  private static String describe(FileOutcome outcome) {
    switch (outcome.kind()) {
      case CONFLICT:
        return "a different file is at " + outcome.target() + " and was kept";
      case REFUSED:
        return outcome.detail();
      default:
        return outcome.kind().name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
