package dev.farmhand.host.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FarmhandCliTest {

  @Test
  void versionPrintsTheBuildsVersion() {
    CliRun run = CliRun.of("--version");

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).matches("farmhand \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(Java .+\\)\\R");
  }

  @Test
  void noCommandIsBadUsageAndSaysWhereTheListIs() {
    CliRun run = CliRun.of();

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).startsWith("Missing command: try 'farmhand --help' for the list");
  }

  @Test
  void anUnknownCommandIsBadUsage() {
    CliRun run = CliRun.of("fly");

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).contains("Unmatched argument at index 0: 'fly'");
  }

  @Test
  void helpListsTheCommands() {
    CliRun run = CliRun.of("--help");

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).contains("Usage: farmhand");
  }
}
