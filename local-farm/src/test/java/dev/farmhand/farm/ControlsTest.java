package dev.farmhand.farm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.farmhand.core.protocol.ActionResult;
import dev.farmhand.core.protocol.Dependency;
import dev.farmhand.core.protocol.ErrorCode;
import dev.farmhand.core.protocol.Job;
import dev.farmhand.core.protocol.JobActionResult;
import dev.farmhand.core.protocol.RetryPolicy;
import dev.farmhand.core.protocol.Task;
import dev.farmhand.core.protocol.TaskPage;
import dev.farmhand.core.status.JobStatus;
import dev.farmhand.core.status.TaskStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The controls on a real farm: each through the shared status table, each on real tasks. */
class ControlsTest {
  @TempDir static Path data;
  static LocalFarm farm;
  static FarmHttp artist;
  static FarmHttp lead;
  static List<Dependency> files;

  @BeforeAll
  static void startFarm() throws Exception {
    farm = LocalFarm.start(FarmConfig.in(data).withWorkers(2));
    artist = new FarmHttp(farm.url(), farm.credentials().key("studio", "artist"));
    lead = new FarmHttp(farm.url(), farm.credentials().key("studio", "lead"));
    files = SampleJobs.upload(artist);
  }

  @AfterAll
  static void stopFarm() {
    farm.close();
  }

  private static JobActionResult act(FarmHttp who, String jobId, String control) {
    Map<String, Object> body = new HashMap<>();
    body.put("control", control);
    body.put("job_ids", List.of(jobId));
    return who.post("/api/v1/jobs/actions", body).as(ActionResult.class).results().get(0);
  }

  private static List<Task> tasks(String jobId) {
    return artist.get("/api/v1/jobs/" + jobId + "/tasks").as(TaskPage.class).tasks();
  }

  private static long renderProcesses() {
    return ProcessHandle.current()
        .descendants()
        .filter(ProcessHandle::isAlive)
        .filter(p -> p.info().commandLine().orElse("").contains("SampleRenderMain"))
        .count();
  }

  /** A job whose one task renders long enough to be caught running. */
  private static Job longJob() {
    Job job =
        artist
            .submit(SampleJobs.request(files, "1-200", null, 200, RetryPolicy.NONE))
            .as(Job.class);
    return artist.waitFor(job.id(), JobStatus.RUNNING);
  }

  @Test
  void holdAndKillStopsTheRenderAndItsWholeProcessTree() {
    Job job = longJob();

    assertThat(act(artist, job.id(), "hold").outcome().wireName()).isEqualTo("done");
    JobActionResult killed = act(artist, job.id(), "kill");

    assertThat(killed.status()).isEqualTo(JobStatus.KILLED);
    assertThat(tasks(job.id())).extracting(Task::status).containsOnly(TaskStatus.KILLED);
    await().atMost(Duration.ofSeconds(10)).until(() -> renderProcesses() == 0);
    assertThat(artist.job(job.id()).status()).isEqualTo(JobStatus.KILLED);
  }

  @Test
  void aControlThatDoesNotApplyIsRefusedWithTheTablesReason() {
    Job job = longJob();

    JobActionResult retry = act(artist, job.id(), "retry");
    FarmHttp.Response single =
        artist.post("/api/v1/jobs/" + job.id() + "/actions", Map.of("control", "retry"));

    assertThat(retry.error().code()).isEqualTo(ErrorCode.CONTROL_REFUSED);
    assertThat(retry.error().message())
        .isEqualTo(
            "Retry does not apply to a Running job: its tasks are still rendering; Hold and Kill"
                + " it, then Retry");
    assertThat(single.status()).isEqualTo(409);
    assertThat(single.error().details()).containsEntry("control", "retry");
    act(artist, job.id(), "hold");
    act(artist, job.id(), "kill");
  }

  @Test
  void setPriorityNeedsAnAdmin() {
    Job job = artist.submit(SampleJobs.request(files, "1", "1", 1, RetryPolicy.NONE)).as(Job.class);
    Map<String, Object> body =
        Map.of("control", "set_priority", "job_ids", List.of(job.id()), "priority", 90);

    FarmHttp.Response byUser = artist.post("/api/v1/jobs/actions", body);
    FarmHttp.Response byAdmin = lead.post("/api/v1/jobs/actions", body);

    assertThat(byUser.status()).isEqualTo(403);
    assertThat(byUser.error().message())
        .isEqualTo(
            "Set Priority needs an admin key; 'artist' is a user of account 'studio': ask one of its admins");
    assertThat(byAdmin.as(ActionResult.class).allDone()).isTrue();
    assertThat(artist.job(job.id()).priority()).isEqualTo(90);
  }

  @Test
  void aFailingRenderRunsAgainUnderItsRetriesThenFailsAndRetryAllFailsRunsItAgain() {
    List<Dependency> sceneOnly = List.of(files.get(0));
    Job job =
        artist
            .submit(SampleJobs.request(sceneOnly, "1", null, 1, new RetryPolicy(0, 1)))
            .as(Job.class);

    Job failed = artist.waitFor(job.id(), JobStatus.FAILED);
    Task task = tasks(job.id()).get(0);
    String log = artist.get(task.logUrl()).text();

    assertThat(failed.stats().framesFailed()).isEqualTo(1);
    assertThat(task.attempts()).isEqualTo(2);
    assertThat(task.failure()).startsWith("the renderer exited with code");
    assertThat(log).contains("attempt 1").contains("attempt 2").contains("checker.png");

    assertThat(act(artist, job.id(), "retry_all_fails").status())
        .isIn(JobStatus.PENDING, JobStatus.RUNNING);
    artist.waitFor(job.id(), JobStatus.FAILED);
    assertThat(tasks(job.id()).get(0).attempts()).isEqualTo(4);
  }

  @Test
  void completeAndReviewedAreLabelsAndRetryRendersEverythingAgain() {
    List<Dependency> sceneOnly = List.of(files.get(0));
    Job job =
        artist.submit(SampleJobs.request(sceneOnly, "1", null, 1, RetryPolicy.NONE)).as(Job.class);
    artist.waitFor(job.id(), JobStatus.FAILED);

    assertThat(act(artist, job.id(), "complete").status()).isEqualTo(JobStatus.SUCCESS);
    assertThat(tasks(job.id())).extracting(Task::status).containsOnly(TaskStatus.FAILED);
    assertThat(act(artist, job.id(), "reviewed").status()).isEqualTo(JobStatus.REVIEWED);
    assertThat(act(artist, job.id(), "retry").status()).isIn(JobStatus.PENDING, JobStatus.RUNNING);
    assertThat(artist.waitFor(job.id(), JobStatus.FAILED).flags().reviewed()).isFalse();
  }

  @Test
  void markingDownloadedNeedsASuccessfulJob() {
    Job job =
        artist.submit(SampleJobs.request(files, "2", null, 1, RetryPolicy.NONE)).as(Job.class);

    FarmHttp.Response early = artist.post("/api/v1/jobs/" + job.id() + "/downloaded", "");
    artist.waitFor(job.id(), JobStatus.SUCCESS);
    FarmHttp.Response marked = artist.post("/api/v1/jobs/" + job.id() + "/downloaded", "");

    assertThat(early.status()).isEqualTo(409);
    assertThat(early.error().code()).isEqualTo(ErrorCode.INVALID_STATE);
    assertThat(marked.as(Job.class).status()).isEqualTo(JobStatus.DOWNLOADED);
  }
}
