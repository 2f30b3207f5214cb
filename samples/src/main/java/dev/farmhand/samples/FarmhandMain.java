package dev.farmhand.samples;

import dev.farmhand.farm.cli.FarmCommand;
import dev.farmhand.host.cli.FarmhandCli;
import picocli.CommandLine;

/**
 * The whole {@code farmhand} command, as the launcher runs it: the plugin host's command line with
 * the commands that need the local farm ({@code farm}, {@code demo}) added. It lives here because
 * this module is the one that may see every other.
 */
public final class FarmhandMain {
  private FarmhandMain() {}

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The command line with every command. */
  public static CommandLine commandLine() {
    return FarmhandCli.newCommandLine()
        .addSubcommand(new FarmCommand())
        .addSubcommand(new DemoCommand());
  }
}
