package dev.farmhand.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmhand.core.client.FarmClient;
import dev.farmhand.core.protocol.Dependency;
import dev.farmhand.core.protocol.Job;
import dev.farmhand.core.status.Control;
import dev.farmhand.core.status.JobStatus;
import dev.farmhand.farm.FarmConfig;
import dev.farmhand.farm.LocalFarm;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code farmhand wait}, run in this process against a real farm and its broker. */
class WaitCommandTest {
  @TempDir static Path data;
  static LocalFarm farm;
  static FarmClient artist;
  static List<Dependency> files;

  @BeforeAll
  static void startFarm() throws Exception {
    farm = LocalFarm.start(FarmConfig.in(data).withWorkers(2));
    artist = Farms.client(farm, "studio", "artist");
    files = Farms.upload(artist);
  }

  @AfterAll
  static void stopFarm() throws Exception {
    artist.close();
    farm.close();
  }

  private static CliRun run(String... args) {
    return CliRun.against(farm, "artist", args);
  }

  private static Job submit(String frames, String scouts) throws Exception {
    return artist
        .createJob(Farms.request(files, frames, scouts, 1), UUID.randomUUID().toString())
        .job();
  }

  @Test
  void waitReturnsWhenTheJobReachesAStatusItIsNotInYet() throws Exception {
    Job job = submit("1-3", "1");
    Farms.waitFor(artist, job.id(), JobStatus.HOLDING);

    CompletableFuture<CliRun> waiting =
        CompletableFuture.supplyAsync(
            () -> run("wait", job.id(), "--for", "success,failed", "--timeout", "60"));
    Thread.sleep(500);
    assertThat(waiting).isNotDone();
    artist.act(Control.UNHOLD, job.id(), null);
    CliRun run = waiting.get(60, TimeUnit.SECONDS);

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo("Success\n");
  }

  @Test
  void waitForTheStatusTheJobIsInReturnsAtOnce() throws Exception {
    Job job = submit("7-8", "7");
    Farms.waitFor(artist, job.id(), JobStatus.HOLDING);

    CliRun run = run("wait", job.id(), "--for", "Holding");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo("Holding\n");
  }

  @Test
  void waitExitsFiveOnTimeoutSayingWhichStatusTheJobIsIn() throws Exception {
    Job job = submit("5-6", "5");
    Farms.waitFor(artist, job.id(), JobStatus.HOLDING);

    CliRun run = run("wait", job.id(), "--for", "success", "--timeout", "1");

    assertThat(run.exit()).isEqualTo(5);
    assertThat(run.err())
        .isEqualTo(
            "farmhand: job "
                + job.id()
                + " is still Holding after 1 s; it did not reach Success: wait longer with"
                + " --timeout\n");
  }

  @Test
  void waitForAnUnknownStatusIsBadInput() {
    CliRun run = run("wait", "j-1", "--for", "finished");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).startsWith("farmhand: ").contains("finished");
  }
}
