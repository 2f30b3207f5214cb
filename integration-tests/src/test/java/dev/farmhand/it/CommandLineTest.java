package dev.farmhand.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmhand.core.client.FarmClient;
import dev.farmhand.core.protocol.Dependency;
import dev.farmhand.core.protocol.Job;
import dev.farmhand.core.protocol.Json;
import dev.farmhand.core.status.JobStatus;
import dev.farmhand.farm.FarmConfig;
import dev.farmhand.farm.LocalFarm;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code farmhand} commands that talk to a farm, run in this process against a real one. */
class CommandLineTest {
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

  private static CliRun run(String user, String... args) {
    return CliRun.against(farm, user, args);
  }

  private static Job submit(String frames, String scouts) throws Exception {
    return artist
        .createJob(Farms.request(files, frames, scouts, 1), UUID.randomUUID().toString())
        .job();
  }

  private static Job waitFor(String id, JobStatus status) {
    org.awaitility.Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> artist.job(id).status() == status);
    return Job.class.cast(uncheckedJob(id));
  }

  private static Job uncheckedJob(String id) {
    try {
      return artist.job(id);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void jobsListsOneAlignedRowPerJobAndJsonPrintsOnlyJson() throws Exception {
    Job job = submit("1", null);

    CliRun table = run("artist", "jobs");
    CliRun json = run("artist", "jobs", "--json");

    assertThat(table.exit()).isZero();
    assertThat(table.out().lines().findFirst().orElseThrow())
        .startsWith("ID")
        .contains("TITLE", "STATUS", "FRAMES", "FAILED", "RUNNING", "PRI", "SUBMITTED", "ELAPSED");
    assertThat(table.out()).contains(job.id());
    assertThat(Json.mapper().readTree(json.out()).isArray()).isTrue();
    assertThat(json.err()).isEmpty();
  }

  @Test
  void jobShowsStatisticsAndItsTasks() throws Exception {
    Job job = submit("1-2", "1");
    waitFor(job.id(), JobStatus.HOLDING);

    CliRun run = run("artist", "job", job.id(), "--tasks");

    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains("status       Holding")
        .contains("frames       1/2 done, 0 failed, 0 running, 1 holding")
        .contains("1 (scout)")
        .contains("controls     ");
  }

  @Test
  void aControlPrintsALinePerJobAndARefusalExitsThree() throws Exception {
    Job holding = submit("1-2", "1");
    Job other = submit("3-4", "3");
    waitFor(holding.id(), JobStatus.HOLDING);
    waitFor(other.id(), JobStatus.HOLDING);

    CliRun approved = run("artist", "unhold", holding.id(), other.id());
    CliRun retried = run("artist", "retry", holding.id());

    assertThat(approved.exit()).isZero();
    assertThat(approved.out())
        .containsPattern(holding.id() + " +done +Pending")
        .containsPattern(other.id() + " +done +Pending");
    assertThat(retried.exit()).isEqualTo(3);
    assertThat(retried.out())
        .containsPattern(holding.id() + " +refused +Retry does not apply to a");
  }

  @Test
  void setPriorityByAUserExitsFourWithTheFarmsReason() throws Exception {
    Job job = submit("5", "5");

    CliRun user = run("artist", "priority", "90", job.id());
    CliRun admin = run("lead", "priority", "90", job.id());

    assertThat(user.exit()).isEqualTo(4);
    assertThat(user.err())
        .isEqualTo(
            "farmhand: Set Priority needs an admin key; 'artist' is a user of account 'studio':"
                + " ask one of its admins\n");
    assertThat(admin.exit()).isZero();
    assertThat(artist.job(job.id()).priority()).isEqualTo(90);
  }

  @Test
  void killWithHoldFirstLeavesNothingToRun() throws Exception {
    Job job = submit("1-3", "1");
    waitFor(job.id(), JobStatus.HOLDING);

    CliRun killed = run("artist", "kill", "--hold-first", job.id());

    assertThat(killed.exit()).isZero();
    assertThat(killed.out()).containsPattern(job.id() + " +done +Killed");
  }

  @Test
  void anUnknownJobExitsThreeAndAWrongKeyExitsFour() {
    CliRun unknown = run("artist", "job", "j-999999");
    CliRun wrongKey = CliRun.of("jobs", "--farm", farm.url(), "--key", "fh_wrong");

    assertThat(unknown.exit()).isEqualTo(3);
    assertThat(unknown.err()).startsWith("farmhand: ");
    assertThat(wrongKey.exit()).isEqualTo(4);
    assertThat(wrongKey.err()).contains("does not know this key");
  }
}
