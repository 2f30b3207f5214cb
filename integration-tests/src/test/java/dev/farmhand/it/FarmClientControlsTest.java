package dev.farmhand.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.farmhand.core.client.ControlRefusedException;
import dev.farmhand.core.client.Controls;
import dev.farmhand.core.client.FarmClient;
import dev.farmhand.core.client.HoldAndKill;
import dev.farmhand.core.client.NotAllowedException;
import dev.farmhand.core.protocol.ActionOutcome;
import dev.farmhand.core.protocol.ActionResult;
import dev.farmhand.core.protocol.Dependency;
import dev.farmhand.core.protocol.ErrorCode;
import dev.farmhand.core.protocol.Job;
import dev.farmhand.core.protocol.JobActionResult;
import dev.farmhand.core.protocol.Role;
import dev.farmhand.core.status.Control;
import dev.farmhand.core.status.JobStatus;
import dev.farmhand.farm.FarmConfig;
import dev.farmhand.farm.LocalFarm;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every control through the client on a real farm, on one job and on many. */
class FarmClientControlsTest {
  @TempDir static Path data;
  static LocalFarm farm;
  static FarmClient artist;
  static FarmClient lead;
  static List<Dependency> files;

  @BeforeAll
  static void startFarm() throws Exception {
    farm = LocalFarm.start(FarmConfig.in(data).withWorkers(2));
    artist = Farms.client(farm, "studio", "artist");
    lead = artist.newBuilder().key(farm.credentials().key("studio", "lead")).build();
    files = Farms.upload(artist);
  }

  @AfterAll
  static void stopFarm() throws Exception {
    lead.close();
    artist.close();
    farm.close();
  }

  private static Job submit(List<Dependency> with, String frames, int chunk) throws Exception {
    return artist
        .createJob(Farms.request(with, frames, null, chunk), UUID.randomUUID().toString())
        .job();
  }

  private static JobActionResult act(FarmClient who, Control control, String id, Integer priority)
      throws Exception {
    return who.act(control, List.of(id), priority).results().get(0);
  }

  @Test
  void retryAllFailsRetrySyncCompleteReviewedAndRetryOnAFailedJob() throws Exception {
    Job job = submit(List.of(files.get(0)), "1", 1); // no texture: the render fails
    Farms.waitFor(artist, job.id(), JobStatus.FAILED);
    assertThat(Controls.applicable(artist.job(job.id())).applicable())
        .contains(Control.RETRY_ALL_FAILS, Control.RETRY_SYNC, Control.COMPLETE);

    assertThat(act(artist, Control.RETRY_ALL_FAILS, job.id(), null).outcome())
        .isEqualTo(ActionOutcome.DONE);
    Farms.waitFor(artist, job.id(), JobStatus.FAILED);
    assertThat(act(artist, Control.RETRY_SYNC, job.id(), null).outcome())
        .isEqualTo(ActionOutcome.DONE);
    Farms.waitFor(artist, job.id(), JobStatus.FAILED);
    assertThat(act(artist, Control.COMPLETE, job.id(), null).status()).isEqualTo(JobStatus.SUCCESS);
    assertThat(act(artist, Control.REVIEWED, job.id(), null).status())
        .isEqualTo(JobStatus.REVIEWED);
    assertThat(act(artist, Control.RETRY, job.id(), null).outcome()).isEqualTo(ActionOutcome.DONE);
    Farms.waitFor(artist, job.id(), JobStatus.FAILED);
  }

  @Test
  void holdSetPriorityUnHoldAndHoldAndKillOnARunningJob() throws Exception {
    Job job = submit(files, "1-200", 200);

    assertThat(act(artist, Control.HOLD, job.id(), null).outcome()).isEqualTo(ActionOutcome.DONE);
    assertThat(act(lead, Control.SET_PRIORITY, job.id(), 90).outcome())
        .isEqualTo(ActionOutcome.DONE);
    assertThat(artist.job(job.id()).priority()).isEqualTo(90);
    assertThat(act(artist, Control.UNHOLD, job.id(), null).outcome()).isEqualTo(ActionOutcome.DONE);
    List<HoldAndKill> stopped = artist.holdAndKill(List.of(job.id()));

    assertThat(stopped).singleElement().satisfies(r -> assertThat(r.done()).isTrue());
    Farms.waitFor(artist, job.id(), JobStatus.KILLED);
    assertThatThrownBy(() -> artist.act(Control.KILL, job.id(), null))
        .isInstanceOfSatisfying(
            ControlRefusedException.class,
            e -> {
              assertThat(e.jobId()).isEqualTo(job.id());
              assertThat(e.control()).isEqualTo(Control.KILL);
              assertThat(e.jobStatus()).contains(JobStatus.KILLED);
            })
        .hasMessage("Kill does not apply to a Killed job: it is killed already");
  }

  @Test
  void aUsersSetPriorityIsRefusedWithTheFarmsReason() throws Exception {
    Job job = submit(files, "1-200", 200);
    try {
      assertThat(Controls.applicable(job, Role.USER).refused()).containsKey(Control.SET_PRIORITY);
      assertThatThrownBy(() -> artist.act(Control.SET_PRIORITY, List.of(job.id()), 90))
          .isInstanceOfSatisfying(
              NotAllowedException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN))
          .hasMessageContaining("admin");
    } finally {
      artist.holdAndKill(List.of(job.id()));
    }
  }

  @Test
  void controlsOnManyJobsAnswerPerJobInOrder() throws Exception {
    Job a = submit(files, "1-200", 200);
    Job b = submit(files, "1-200", 200);
    List<String> ids = List.of(a.id(), "j-nope", b.id());

    ActionResult held = artist.act(Control.HOLD, ids, null);
    List<HoldAndKill> stopped = artist.holdAndKill(ids);

    assertThat(held.results()).extracting(JobActionResult::jobId).containsExactlyElementsOf(ids);
    assertThat(held.results())
        .extracting(JobActionResult::outcome)
        .containsExactly(ActionOutcome.DONE, ActionOutcome.REFUSED, ActionOutcome.DONE);
    assertThat(held.results().get(1).error().code()).isEqualTo(ErrorCode.NOT_FOUND);
    assertThat(stopped).extracting(HoldAndKill::jobId).containsExactlyElementsOf(ids);
    assertThat(stopped).extracting(HoldAndKill::done).containsExactly(true, false, true);
    assertThat(stopped.get(0).hold().error().message()).startsWith("Hold does not apply");
    assertThat(stopped.get(1).refusal().orElseThrow().code()).isEqualTo(ErrorCode.NOT_FOUND);
    Farms.waitFor(artist, a.id(), JobStatus.KILLED);
    Farms.waitFor(artist, b.id(), JobStatus.KILLED);
    ActionResult retried = artist.act(Control.RETRY, List.of(a.id(), b.id()), null);
    assertThat(retried.allDone()).isTrue();
    assertThat(artist.holdAndKill(List.of(a.id(), b.id()))).allMatch(HoldAndKill::done);
  }
}
