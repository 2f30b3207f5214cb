package dev.farmhand.host.cli;

import dev.farmhand.core.client.FarmClient;
import dev.farmhand.core.protocol.ActionOutcome;
import dev.farmhand.core.protocol.JobActionResult;
import dev.farmhand.core.protocol.Json;
import dev.farmhand.core.status.Control;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * One control on one job or many ({@code farmhand hold ID…}): a line per job, done or refused and
 * why; exit 3 when the farm refused any.
 */
@Command(mixinStandardHelpOptions = true)
final class ControlCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin FarmOptions farm;

  @Parameters(paramLabel = "ID", arity = "1..*", description = "the jobs")
  List<String> ids = new ArrayList<>();

  @Option(names = "--json", description = "print JSON only")
  boolean json;

  private final Control control;

  ControlCommand(Control control) {
    this.control = control;
  }

  /** The command for each control but Kill and Set Priority, which have commands of their own. */
  static void addAll(CommandLine commandLine) {
    for (Control control : Control.values()) {
      if (control == Control.KILL || control == Control.SET_PRIORITY) {
        continue;
      }
      CommandLine command = new CommandLine(new ControlCommand(control));
      command.getCommandSpec().usageMessage().description(describe(control));
      commandLine.addSubcommand(control.command(), command);
    }
  }

  static String describe(Control control) {
    return control.label()
        + " on one job or many: "
        + dev.farmhand.core.status.ControlTable.jobEffect(control)
        + ".";
  }

  @Override
  public Integer call() throws Exception {
    List<JobActionResult> results;
    try (FarmClient client = farm.connect()) {
      results = client.act(control, ids, null).results();
    }
    return print(spec, results, json);
  }

  /** Prints a result per job and answers the exit code: 3 when any was refused. */
  static int print(CommandSpec spec, List<JobActionResult> results, boolean json) {
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.write(results));
    } else {
      List<List<String>> rows = new ArrayList<>();
      rows.add(List.of("JOB", "RESULT", "NOW / WHY"));
      for (JobActionResult result : results) {
        boolean done = result.outcome() == ActionOutcome.DONE;
        rows.add(
            List.of(
                result.jobId(),
                result.outcome().wireName(),
                done ? result.status().label() : result.error().message()));
      }
      out.print(Tables.render(rows));
    }
    out.flush();
    return results.stream().allMatch(r -> r.outcome() == ActionOutcome.DONE)
        ? ExitCode.OK
        : ExitCode.REFUSED;
  }
}
