package dev.farmhand.it;

import dev.farmhand.farm.LocalFarm;
import dev.farmhand.host.cli.FarmhandCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * One run of the {@code farmhand} command in this process, with its exit code and what it printed.
 *
 * @param exit the exit code
 * @param out what went to standard output
 * @param err what went to standard error
 */
record CliRun(int exit, String out, String err) {

  /** Runs {@code farmhand args…} as given. */
  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = FarmhandCli.newCommandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return new CliRun(commandLine.execute(args), out.toString(), err.toString());
  }

  /** Runs {@code farmhand args…} against the farm with the key of a user of account studio. */
  static CliRun against(LocalFarm farm, String user, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--farm", farm.url(), "--key", farm.credentials().key("studio", user)));
    return of(all.toArray(String[]::new));
  }
}
