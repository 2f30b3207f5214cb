package dev.farmhand.host.cli;

import dev.farmhand.core.client.ClientConfig;
import dev.farmhand.host.scripting.ScriptRunner;
import dev.farmhand.host.scripting.ScriptSession;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code farmhand script FILE.py [ARG…]}: runs a Python script on Jython with the {@code farmhand}
 * module importable; {@code --farm}, {@code --key} and {@code --profile} are what its {@code
 * farmhand.connect()} uses when it names no farm. Everything after FILE is the script's ({@code
 * sys.argv[1:]}), options included. Exit 0 when it runs to its end, n for {@code sys.exit(n)}, 1
 * when it raises (its traceback on stderr), 2 when the file is not there.
 */
@Command(
    name = "script",
    mixinStandardHelpOptions = true,
    modelTransformer = ScriptCommand.ArgumentsAfterFile.class,
    description = {
      "Runs a Python (Jython) script with the farmhand module importable.",
      "Everything after FILE goes to the script as sys.argv[1:]."
    })
final class ScriptCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin FarmOptions farm;

  @Parameters(index = "0", paramLabel = "FILE", description = "the Python script")
  Path file;

  @Parameters(index = "1..*", paramLabel = "ARG", description = "the script's arguments")
  List<String> args = new ArrayList<>();

  /** The script's arguments are its own, even those that look like options. */
  static final class ArgumentsAfterFile implements CommandLine.IModelTransformer {
    @Override
    public CommandSpec transform(CommandSpec command) {
      command.parser().stopAtPositional(true);
      return command;
    }
  }

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(
          "the script "
              + file
              + (Files.exists(file) ? " is not a file" : " does not exist")
              + ": give the path of a Python file");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ClientConfig.Flags defaults = new ClientConfig.Flags(farm.farm, farm.key, farm.profile, null);
    try (ScriptSession session =
        ScriptSession.fromEnvironment(defaults, notice -> err.println("farmhand: " + notice))) {
      return new ScriptRunner(out, err).run(file, args, session);
    }
  }
}
