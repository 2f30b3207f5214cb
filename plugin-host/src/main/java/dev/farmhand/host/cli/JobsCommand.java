package dev.farmhand.host.cli;

import dev.farmhand.core.client.FarmClient;
import dev.farmhand.core.protocol.Job;
import dev.farmhand.core.protocol.Json;
import dev.farmhand.core.status.JobStatus;
import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code farmhand jobs [--status S] [--json]}: one row per job, newest first. */
@Command(
    name = "jobs",
    mixinStandardHelpOptions = true,
    description = "Lists your jobs, newest first.")
final class JobsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin FarmOptions farm;

  @Option(
      names = "--status",
      paramLabel = "S",
      split = ",",
      description = "only jobs in these statuses, e.g. running,holding")
  List<String> statuses = List.of();

  @Option(names = "--json", description = "print JSON only")
  boolean json;

  @Override
  public Integer call() throws Exception {
    Set<JobStatus> wanted = EnumSet.noneOf(JobStatus.class);
    for (String status : statuses) {
      wanted.add(JobStatus.parse(status));
    }
    List<Job> jobs;
    try (FarmClient client = farm.connect()) {
      jobs = client.allJobs(wanted);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.write(jobs));
    } else if (jobs.isEmpty()) {
      out.println(wanted.isEmpty() ? "no jobs yet" : "no jobs in " + statuses);
    } else {
      out.print(Tables.jobs(jobs));
    }
    out.flush();
    return ExitCode.OK;
  }
}
