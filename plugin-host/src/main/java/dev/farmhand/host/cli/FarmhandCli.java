package dev.farmhand.host.cli;

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
    subcommands = {FramesCommand.class, CommandLine.HelpCommand.class})
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
    if (e instanceof IllegalArgumentException) {
      err.println("farmhand: " + e.getMessage());
      err.flush();
      return ExitCode.BAD_INPUT;
    }
    err.println("farmhand: " + e);
    err.flush();
    return ExitCode.FAILED;
  }
}
