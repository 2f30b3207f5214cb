package dev.farmhand.farm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmhand.core.files.Sha256;
import dev.farmhand.core.protocol.ActionResult;
import dev.farmhand.core.protocol.Dependency;
import dev.farmhand.core.protocol.ErrorCode;
import dev.farmhand.core.protocol.Event;
import dev.farmhand.core.protocol.EventPage;
import dev.farmhand.core.protocol.EventType;
import dev.farmhand.core.protocol.Job;
import dev.farmhand.core.protocol.JobCreateRequest;
import dev.farmhand.core.protocol.JobPage;
import dev.farmhand.core.protocol.Output;
import dev.farmhand.core.protocol.OutputPage;
import dev.farmhand.core.protocol.RetryPolicy;
import dev.farmhand.core.protocol.TaskPage;
import dev.farmhand.core.status.JobStatus;
import dev.farmhand.core.status.TaskStatus;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A job with scout frames on a real farm, over real HTTP, rendering real frames. */
class ScoutFlowTest {
  @TempDir static Path data;
  static LocalFarm farm;
  static FarmHttp studio;
  static FarmHttp other;
  static List<Dependency> files;

  @BeforeAll
  static void startFarm() throws Exception {
    farm = LocalFarm.start(FarmConfig.in(data).withWorkers(2));
    studio = new FarmHttp(farm.url(), farm.credentials().key("studio", "artist"));
    other = new FarmHttp(farm.url(), farm.credentials().key("other", "artist"));
    files = SampleJobs.upload(studio);
  }

  @AfterAll
  static void stopFarm() {
    farm.close();
  }

  @Test
  void scoutsRenderFirstThenTheJobHoldsUntilUnHoldThenEveryFrameRenders() throws Exception {
    FarmHttp.Response created =
        studio.submit(SampleJobs.request(files, "1-6", "auto:2", 2, RetryPolicy.NONE));
    Job job = created.as(Job.class);
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.header("Location")).isEqualTo("/api/v1/jobs/" + job.id());
    assertThat(job.status()).isEqualTo(JobStatus.SYNC_PENDING);

    Job holding = studio.waitFor(job.id(), JobStatus.HOLDING);
    assertThat(holding.stats().framesDone()).isEqualTo(2);
    assertThat(holding.stats().framesHolding()).isEqualTo(4);
    List<Output> scouts =
        studio.get("/api/v1/jobs/" + job.id() + "/outputs").as(OutputPage.class).outputs();
    assertThat(scouts)
        .extracting(Output::path)
        .containsExactly("renders/turntable_0001.png", "renders/turntable_0006.png");
    assertThat(scouts).extracting(Output::frame).containsExactly(1, 6);

    ActionResult approved =
        studio
            .post("/api/v1/jobs/actions", Map.of("control", "unhold", "job_ids", List.of(job.id())))
            .as(ActionResult.class);
    assertThat(approved.allDone()).isTrue();

    Job done = studio.waitFor(job.id(), JobStatus.SUCCESS);
    assertThat(done.stats().framesDone()).isEqualTo(6);
    List<Output> outputs =
        studio.get("/api/v1/jobs/" + job.id() + "/outputs").as(OutputPage.class).outputs();
    assertThat(outputs).hasSize(6);
    assertThat(outputs.stream().map(Output::sha256).distinct()).hasSize(6);
    for (Output output : outputs) {
      byte[] png = studio.get("/api/v1/jobs/" + job.id() + "/outputs/" + output.sha256()).body();
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
      assertThat(image.getWidth()).isEqualTo(320);
      assertThat(Sha256.of(png)).isEqualTo(output.sha256());
    }
    assertThat(studio.get("/api/v1/jobs/" + job.id() + "/tasks").as(TaskPage.class).tasks())
        .allMatch(t -> t.status() == TaskStatus.SUCCESS)
        .anyMatch(t -> t.scout() && t.frames().equals(List.of(1)));
  }

  @Test
  void eventsOfTheAccountComeInOrderWithNoHolesAndTellTheWholeStory() {
    Job job =
        studio.submit(SampleJobs.request(files, "1-2", null, 1, RetryPolicy.NONE)).as(Job.class);
    studio.waitFor(job.id(), JobStatus.SUCCESS);

    EventPage page = studio.get("/api/v1/events?after=0&limit=1000").as(EventPage.class);

    long[] seqs = page.events().stream().mapToLong(Event::seq).toArray();
    assertThat(seqs).isNotEmpty();
    assertThat(seqs[0]).isEqualTo(1);
    for (int i = 1; i < seqs.length; i++) {
      assertThat(seqs[i]).isEqualTo(seqs[i - 1] + 1);
    }
    assertThat(page.latestSeq()).isEqualTo(seqs[seqs.length - 1]);
    List<Event> ofJob = page.events().stream().filter(e -> job.id().equals(e.jobId())).toList();
    assertThat(ofJob.get(0).type()).isEqualTo(EventType.JOB_CREATED);
    assertThat(ofJob).filteredOn(e -> e.type() == EventType.OUTPUT_ADDED).hasSize(2);
    assertThat(ofJob.get(ofJob.size() - 1).jobStatus()).isEqualTo(JobStatus.SUCCESS);
    long middle = seqs[seqs.length / 2];
    assertThat(
            studio.get("/api/v1/events?after=" + middle).as(EventPage.class).events().get(0).seq())
        .isEqualTo(middle + 1);
  }

  @Test
  void anotherAccountNeitherSeesNorControlsTheJob() {
    Job job =
        studio.submit(SampleJobs.request(files, "1", null, 1, RetryPolicy.NONE)).as(Job.class);

    FarmHttp.Response seen = other.get("/api/v1/jobs/" + job.id());
    ActionResult held =
        other
            .post("/api/v1/jobs/actions", Map.of("control", "hold", "job_ids", List.of(job.id())))
            .as(ActionResult.class);

    assertThat(seen.status()).isEqualTo(404);
    assertThat(seen.error().code()).isEqualTo(ErrorCode.NOT_FOUND);
    assertThat(seen.error().message())
        .isEqualTo("no job '" + job.id() + "' in this account: list the jobs to see their ids");
    assertThat(held.results().get(0).error().code()).isEqualTo(ErrorCode.NOT_FOUND);
    assertThat(other.get("/api/v1/events?after=0").as(EventPage.class).events())
        .noneMatch(e -> job.id().equals(e.jobId()));
    assertThat(other.get("/api/v1/jobs/" + job.id() + "/outputs").status()).isEqualTo(404);
  }

  @Test
  void jobsArePagedNewestFirstAndFilteredByStatus() {
    for (int i = 0; i < 3; i++) {
      studio.submit(SampleJobs.request(files, "1-2", "1", 1, RetryPolicy.NONE));
    }

    JobPage first = studio.get("/api/v1/jobs?limit=2").as(JobPage.class);
    JobPage second =
        studio.get("/api/v1/jobs?limit=2&cursor=" + first.nextCursor()).as(JobPage.class);

    assertThat(first.jobs()).hasSize(2);
    assertThat(first.nextCursor()).isNotNull();
    assertThat(second.jobs()).isNotEmpty().doesNotContainAnyElementsOf(first.jobs());
    List<Integer> numbers =
        java.util.stream.Stream.concat(first.jobs().stream(), second.jobs().stream())
            .map(j -> Integer.valueOf(j.id().substring(2)))
            .toList();
    assertThat(numbers).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    for (Job held :
        studio.get("/api/v1/jobs?status=holding,sync_pending").as(JobPage.class).jobs()) {
      assertThat(held.status()).isIn(JobStatus.HOLDING, JobStatus.SYNC_PENDING);
    }
  }

  @Test
  void anotherAccountReachesNoneOfAJobsTasksLogsOrManifest() {
    Job job =
        studio.submit(SampleJobs.request(files, "4", null, 1, RetryPolicy.NONE)).as(Job.class);
    studio.waitFor(job.id(), JobStatus.SUCCESS);
    String base = "/api/v1/jobs/" + job.id();

    assertThat(other.get(base + "/tasks").status()).isEqualTo(404);
    assertThat(other.get(base + "/tasks/" + job.id() + "-t0/log").status()).isEqualTo(404);
    assertThat(other.get(base + "/manifest").status()).isEqualTo(404);
    assertThat(other.post(base + "/downloaded", "").status()).isEqualTo(404);
    assertThat(studio.get(base + "/tasks/" + job.id() + "-t0/log").text()).contains("attempt 1");
    assertThat(studio.get(base + "/tasks/nope/log").error().code()).isEqualTo(ErrorCode.NOT_FOUND);
  }

  @Test
  void anOutputDownloadsWholeOrFromWhereAnEarlierDownloadStopped() {
    Job job =
        studio.submit(SampleJobs.request(files, "3", null, 1, RetryPolicy.NONE)).as(Job.class);
    studio.waitFor(job.id(), JobStatus.SUCCESS);
    Output output =
        studio.get("/api/v1/jobs/" + job.id() + "/outputs").as(OutputPage.class).outputs().get(0);
    String path = "/api/v1/jobs/" + job.id() + "/outputs/" + output.sha256();

    FarmHttp.Response whole = studio.get(path);
    FarmHttp.Response rest = studio.get(path, "Range", "bytes=100-");
    FarmHttp.Response stale = studio.get(path, "Range", "bytes=100-", "If-Range", "\"other\"");
    FarmHttp.Response past = studio.get(path, "Range", "bytes=" + output.size() + "-");

    assertThat(whole.status()).isEqualTo(200);
    assertThat(whole.header("ETag")).isEqualTo("\"" + output.sha256() + "\"");
    assertThat(whole.header("Accept-Ranges")).isEqualTo("bytes");
    assertThat(rest.status()).isEqualTo(206);
    assertThat(rest.header("Content-Range"))
        .isEqualTo("bytes 100-" + (output.size() - 1) + "/" + output.size());
    assertThat(rest.body()).isEqualTo(Arrays.copyOfRange(whole.body(), 100, whole.body().length));
    assertThat(stale.status()).isEqualTo(200);
    assertThat(past.status()).isEqualTo(416);
    assertThat(past.error().code()).isEqualTo(ErrorCode.RANGE_NOT_SATISFIABLE);
  }

  @Test
  void aRetriedSubmitMakesOneJobAndAReusedKeyWithAnotherRequestIsRefused() {
    String key = UUID.randomUUID().toString();
    JobCreateRequest request = SampleJobs.request(files, "1-2", null, 1, RetryPolicy.NONE);

    FarmHttp.Response first = studio.post("/api/v1/jobs", request, "Idempotency-Key", key);
    FarmHttp.Response again = studio.post("/api/v1/jobs", request, "Idempotency-Key", key);
    FarmHttp.Response changed =
        studio.post(
            "/api/v1/jobs",
            SampleJobs.request(files, "1-3", null, 1, RetryPolicy.NONE),
            "Idempotency-Key",
            key);

    assertThat(first.status()).isEqualTo(201);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(again.as(Job.class).id()).isEqualTo(first.as(Job.class).id());
    assertThat(changed.status()).isEqualTo(409);
    assertThat(changed.error().code()).isEqualTo(ErrorCode.IDEMPOTENCY_CONFLICT);
    assertThat(changed.error().message())
        .isEqualTo(
            "the Idempotency-Key '"
                + key
                + "' was used for job "
                + first.as(Job.class).id()
                + " with another request: use a new key for a new job");
  }
}
