package dev.farmhand.host.cli;

import dev.farmhand.core.client.FarmClient;
import dev.farmhand.core.client.HoldAndKill;
import dev.farmhand.core.protocol.JobActionResult;
import dev.farmhand.core.status.Control;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code farmhand kill [--hold-first] ID…}. */
@Command(
    name = "kill",
    mixinStandardHelpOptions = true,
    description = {
      "Kills the jobs' rendering tasks. Their queued tasks still run unless the job was held:",
      "--hold-first holds each job, then kills it, so nothing more renders."
    })
final class KillCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin FarmOptions farm;

  @Parameters(paramLabel = "ID", arity = "1..*", description = "the jobs")
  List<String> ids = new ArrayList<>();

  @Option(names = "--hold-first", description = "hold each job first, then kill it")
  boolean holdFirst;

  @Option(names = "--json", description = "print JSON only")
  boolean json;

  @Override
  public Integer call() throws Exception {
    List<JobActionResult> results = new ArrayList<>();
    try (FarmClient client = farm.connect()) {
      if (holdFirst) {
        for (HoldAndKill both : client.holdAndKill(ids)) {
          results.add(both.kill() != null ? both.kill() : both.hold());
        }
      } else {
        results.addAll(client.act(Control.KILL, ids, null).results());
      }
    }
    return ControlCommand.print(spec, results, json);
  }
}
