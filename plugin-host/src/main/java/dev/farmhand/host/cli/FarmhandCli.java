package dev.farmhand.host.cli;

import dev.farmhand.core.client.ConfigException;
import dev.farmhand.core.client.NotAllowedException;
import dev.farmhand.core.client.NotAuthenticatedException;
import dev.farmhand.core.client.NotFoundException;
import dev.farmhand.core.client.RefusedException;
import dev.farmhand.core.sync.MissingDependenciesException;
import dev.farmhand.host.plugins.PluginException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code farmhand} command: the entry point the launcher runs. Sub-commands each live in their
 * own class; this one only wires them and maps failures to the documented exit codes.
 */
@Command(
    name = "farmhand",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Farmhand: render on a farm from your DCC, and get the frames back by themselves.",
    subcommands = {
      FramesCommand.class,
      LoginCommand.class,
      JobsCommand.class,
      JobCommand.class,
      SubmitCommand.class,
      DownloadCommand.class,
      AutodownloadCommand.class,
      KillCommand.class,
      PriorityCommand.class,
      WaitCommand.class,
      ScriptCommand.class,
      PanelCommand.class,
      CommandLine.HelpCommand.class
    })
public final class FarmhandCli implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(newCommandLine().execute(args));
  }

  /**
   * A command line wired as {@link #main} runs it: bad input exits {@value ExitCode#BAD_INPUT} with
   * its message alone, any other failure {@value ExitCode#FAILED}.
   */
  public static CommandLine newCommandLine() {
    CommandLine commandLine = new CommandLine(new FarmhandCli());
    ControlCommand.addAll(commandLine);
    commandLine.setExecutionExceptionHandler(FarmhandCli::handle);
    return commandLine;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "Missing command: try 'farmhand --help' for the list");
  }

  private static int handle(
      Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    int code = exitCode(e);
    err.println("farmhand: " + (e.getMessage() != null ? e.getMessage() : e.toString()));
    if (e instanceof MissingDependenciesException) {
      err.println("farmhand: to submit without them, add --without-missing");
    }
    err.flush();
    return code;
  }

  /** The documented exit code for a failure. */
  static int exitCode(Exception e) {
    if (e instanceof IllegalArgumentException
        || e instanceof ConfigException
        || e instanceof MissingDependenciesException) {
      return ExitCode.BAD_INPUT;
    }
    if (e instanceof PluginException plugin) {
      // a scene the plugin refuses is the user's to fix; any other raise is the plugin's fault
      return plugin.sceneFault() ? ExitCode.BAD_INPUT : ExitCode.FAILED;
    }
    if (e instanceof NotAuthenticatedException || e instanceof NotAllowedException) {
      return ExitCode.NOT_ALLOWED;
    }
    if (e instanceof RefusedException || e instanceof NotFoundException) {
      return ExitCode.REFUSED;
    }
    return ExitCode.FAILED;
  }
}
