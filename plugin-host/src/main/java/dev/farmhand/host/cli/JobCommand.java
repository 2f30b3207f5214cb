package dev.farmhand.host.cli;

import dev.farmhand.core.client.FarmClient;
import dev.farmhand.core.protocol.Job;
import dev.farmhand.core.protocol.Json;
import dev.farmhand.core.protocol.Task;
import dev.farmhand.core.status.ControlTable;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code farmhand job ID [--tasks] [--json]}: one job with its statistics. */
@Command(
    name = "job",
    mixinStandardHelpOptions = true,
    description = "Shows one job and its statistics.")
final class JobCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin FarmOptions farm;

  @Parameters(paramLabel = "ID", description = "the job's id")
  String id;

  @Option(names = "--tasks", description = "add a row per task")
  boolean withTasks;

  @Option(names = "--json", description = "print JSON only")
  boolean json;

  @Override
  public Integer call() throws Exception {
    Job job;
    List<Task> tasks = List.of();
    try (FarmClient client = farm.connect()) {
      job = client.job(id);
      if (withTasks) {
        tasks = client.tasks(id);
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Map<String, Object> document = new LinkedHashMap<>();
      document.put("job", job);
      if (withTasks) {
        document.put("tasks", tasks);
      }
      out.println(Json.write(withTasks ? document : job));
    } else {
      out.print(describe(job));
      if (withTasks) {
        out.print(tasks(tasks));
      }
    }
    out.flush();
    return ExitCode.OK;
  }

  static String describe(Job job) {
    var s = job.stats();
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("job", job.id() + "  " + job.title()));
    rows.add(List.of("status", job.status().label()));
    rows.add(
        List.of(
            "frames",
            s.framesDone()
                + "/"
                + s.framesTotal()
                + " done, "
                + s.framesFailed()
                + " failed, "
                + s.framesRunning()
                + " running, "
                + s.framesHolding()
                + " holding"));
    rows.add(List.of("render time", Tables.duration(s.renderSeconds())));
    rows.add(List.of("elapsed", Tables.duration(s.elapsedSeconds())));
    rows.add(List.of("time left", s.etaSeconds() == null ? "-" : Tables.duration(s.etaSeconds())));
    rows.add(List.of("priority", String.valueOf(job.priority())));
    rows.add(List.of("submitted", Tables.when(job.submittedAt()) + " by " + job.user()));
    rows.add(
        List.of(
            "controls",
            ControlTable.applicable(job.status()).stream()
                .map(c -> c.command())
                .collect(Collectors.joining(" "))));
    return Tables.render(rows);
  }

  static String tasks(List<Task> tasks) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("TASK", "FRAMES", "STATUS", "ATTEMPTS", "WORKER", "NOTE"));
    for (Task task : tasks) {
      rows.add(
          List.of(
              task.id(),
              dev.farmhand.core.frames.FrameSpec.compact(task.frames())
                  + (task.scout() ? " (scout)" : ""),
              task.status().wireName(),
              String.valueOf(task.attempts()),
              task.worker() == null ? "-" : task.worker(),
              task.failure() == null ? "" : Tables.shorten(task.failure(), 60)));
    }
    return "\n" + Tables.render(rows);
  }
}
