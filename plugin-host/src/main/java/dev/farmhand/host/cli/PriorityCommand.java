package dev.farmhand.host.cli;

import dev.farmhand.core.client.FarmClient;
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

/** {@code farmhand priority N ID…}: Set Priority, for an account's admins. */
@Command(
    name = "priority",
    mixinStandardHelpOptions = true,
    description = "Sets the jobs' priority, 0 to 100, higher first. Only an admin may.")
final class PriorityCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin FarmOptions farm;

  @Parameters(index = "0", paramLabel = "N", description = "the priority, 0 to 100")
  int priority;

  @Parameters(index = "1..*", paramLabel = "ID", arity = "1..*", description = "the jobs")
  List<String> ids = new ArrayList<>();

  @Option(names = "--json", description = "print JSON only")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (priority < 0 || priority > 100) {
      throw new IllegalArgumentException(
          "priority " + priority + " is out of range: give 0 to 100 (higher runs first)");
    }
    try (FarmClient client = farm.connect()) {
      return ControlCommand.print(
          spec, client.act(Control.SET_PRIORITY, ids, priority).results(), json);
    }
  }
}
