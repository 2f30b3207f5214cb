package dev.farmhand.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code farmhand farm start} refuses bad settings before it starts anything. */
class FarmStartCommandTest {
  @TempDir Path data;

  private int run(StringWriter err, String... args) {
    CommandLine commandLine = FarmhandMain.commandLine();
    commandLine.setErr(new PrintWriter(err, true));
    commandLine.setOut(new PrintWriter(new StringWriter(), true));
    return commandLine.execute(args);
  }

  @Test
  void noWorkersIsBadInputThatSaysHowMany() {
    StringWriter err = new StringWriter();

    int exit = run(err, "farm", "start", "--data", data.toString(), "--workers", "0");

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("farmhand: --workers 0: a farm needs 1 worker or more\n");
  }

  @Test
  void aPreemptionRateOutsideZeroToOneIsBadInput() {
    StringWriter err = new StringWriter();

    int exit = run(err, "farm", "start", "--data", data.toString(), "--preempt-rate", "2");

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString())
        .isEqualTo(
            "farmhand: --preempt-rate 2.0: give a chance from 0 (never) to 1 (every attempt)\n");
  }

  @Test
  void aPortOutOfRangeIsBadInput() {
    StringWriter err = new StringWriter();

    int exit = run(err, "farm", "start", "--data", data.toString(), "--port", "70000");

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("give ports from 1 to 65535, or 0 for a free one");
  }
}
