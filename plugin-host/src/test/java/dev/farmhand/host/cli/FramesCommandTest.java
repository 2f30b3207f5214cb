package dev.farmhand.host.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class FramesCommandTest {

  @Test
  void printsTheFramesTheScoutsAndTheTasks() {
    CliRun run = CliRun.of("frames", "1-10x3,20", "--scout", "auto:3");

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.out())
        .isEqualTo(
            "frames  5    1 4 7 10 20\n"
                + "scouts  3    1 7 20\n"
                + "tasks   5    1 (scout) | 7 (scout) | 20 (scout) | 4 | 10\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void chunksTheFramesThatAreNotScouts() {
    CliRun run = CliRun.of("frames", "1-6", "--scout", "1", "--chunk", "2");

    assertThat(run.out()).endsWith("tasks   4    1 (scout) | 2,3 | 4,5 | 6\n");
  }

  @Test
  void aLongSpecIsWrittenCompactlyAndItsTasksSummedUp() {
    CliRun run = CliRun.of("frames", "1-1000", "--scout", "1,500,1000", "--chunk", "10");

    assertThat(run.out())
        .isEqualTo(
            "frames  1000 1-1000\n"
                + "scouts  3    1 500 1000\n"
                + "tasks   103  3 scouts first, then 100 of up to 10 frames\n");
  }

  @Test
  void aBadSpecExitsTwoWithAMessageThatQuotesIt() {
    CliRun run = CliRun.of("frames", "5-1x0");

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "farmhand: frame spec '5-1x0': step 0 in '5-1x0' must be 1 or more (write 5-1 for"
                + " every frame)\n");
  }

  @Test
  void scoutsOutsideTheJobExitTwoAndAreNamed() {
    CliRun run = CliRun.of("frames", "1-10", "--scout", "0,50");

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err())
        .isEqualTo(
            "farmhand: scout spec '0,50': frames 0 and 50 are not among the job's frames 1-10"
                + " (pick scout frames from the job's frames, or use auto:N)\n");
  }

  @Test
  void aChunkBelowOneExitsTwo() {
    CliRun run = CliRun.of("frames", "1-10", "--chunk", "0");

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).startsWith("farmhand: --chunk 0: a task must render 1 or more frames");
  }

  @Test
  void jsonPrintsOneDocumentAndNothingElse() throws Exception {
    CliRun run = CliRun.of("frames", "1-6", "--scout", "auto:2", "--chunk", "2", "--json");

    JsonNode document = new ObjectMapper().readTree(run.out());
    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(document.get("count").asInt()).isEqualTo(6);
    assertThat(document.get("scouts").toString()).isEqualTo("[1,6]");
    assertThat(document.get("tasks").toString())
        .isEqualTo(
            "[{\"frames\":[1],\"scout\":true},{\"frames\":[6],\"scout\":true},"
                + "{\"frames\":[2,3],\"scout\":false},{\"frames\":[4,5],\"scout\":false}]");
    assertThat(run.err()).isEmpty();
  }
}
