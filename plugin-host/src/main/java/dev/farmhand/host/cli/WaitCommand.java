package dev.farmhand.host.cli;

import dev.farmhand.core.notices.JobWaiter;
import dev.farmhand.core.status.JobStatus;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code farmhand wait JOB --for STATUS[,STATUS…] [--timeout SECONDS]}: returns when the job shows
 * one of the statuses (prints it, exit 0) or when the time runs out (exit 5, saying which status it
 * is in). Follows the farm's notices; it does not poll.
 */
@Command(
    name = "wait",
    mixinStandardHelpOptions = true,
    description = "Waits for a job to reach a status, following the farm's notices.")
final class WaitCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin FarmOptions farm;

  @Parameters(paramLabel = "JOB", description = "the job's id")
  String jobId;

  @Option(
      names = "--for",
      required = true,
      split = ",",
      paramLabel = "STATUS",
      description = "the statuses to wait for, e.g. success,failed or Holding")
  List<String> statuses;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      description = "give up after this long (exit 5); default: no limit")
  Long timeoutSeconds;

  @Override
  public Integer call() throws Exception {
    Set<JobStatus> wanted = EnumSet.noneOf(JobStatus.class);
    for (String status : statuses) {
      wanted.add(JobStatus.parse(status));
    }
    JobWaiter.Outcome outcome =
        Waits.await(
            farm.settings(),
            jobId,
            wanted,
            Waits.timeout(timeoutSeconds),
            spec.commandLine().getOut(),
            spec.commandLine().getErr());
    return outcome.reached() ? ExitCode.OK : ExitCode.TIMED_OUT;
  }
}
