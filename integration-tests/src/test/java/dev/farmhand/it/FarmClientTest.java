package dev.farmhand.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.farmhand.core.client.FarmClient;
import dev.farmhand.core.client.JobSubmission;
import dev.farmhand.core.client.NotAuthenticatedException;
import dev.farmhand.core.client.NotFoundException;
import dev.farmhand.core.client.OutputDownload;
import dev.farmhand.core.client.RefusedException;
import dev.farmhand.core.files.Sha256;
import dev.farmhand.core.protocol.Dependency;
import dev.farmhand.core.protocol.ErrorCode;
import dev.farmhand.core.protocol.Event;
import dev.farmhand.core.protocol.EventPage;
import dev.farmhand.core.protocol.EventType;
import dev.farmhand.core.protocol.FileRef;
import dev.farmhand.core.protocol.Job;
import dev.farmhand.core.protocol.JobPage;
import dev.farmhand.core.protocol.Output;
import dev.farmhand.core.protocol.Role;
import dev.farmhand.core.protocol.Task;
import dev.farmhand.core.protocol.UploadStatus;
import dev.farmhand.core.status.JobStatus;
import dev.farmhand.farm.FarmConfig;
import dev.farmhand.farm.LocalFarm;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The farm client against a real local farm: who the key is, files, submission and queries. */
class FarmClientTest {
  @TempDir static Path data;
  static LocalFarm farm;
  static FarmClient artist;
  static List<Dependency> files;
  static Job rendered;

  @BeforeAll
  static void startFarm() throws Exception {
    farm = LocalFarm.start(FarmConfig.in(data).withWorkers(2));
    artist = Farms.client(farm, "studio", "artist");
    files = Farms.upload(artist);
    rendered =
        artist.createJob(Farms.request(files, "1-2", null, 1), UUID.randomUUID().toString()).job();
    rendered = Farms.waitFor(artist, rendered.id(), JobStatus.SUCCESS);
  }

  @AfterAll
  static void stopFarm() throws Exception {
    artist.close();
    farm.close();
  }

  @Test
  void meSaysWhoTheKeyIs() throws Exception {
    try (FarmClient lead =
        artist.newBuilder().key(farm.credentials().key("studio", "lead")).build()) {
      assertThat(artist.me().account()).isEqualTo("studio");
      assertThat(artist.me().role()).isEqualTo(Role.USER);
      assertThat(lead.me().role()).isEqualTo(Role.ADMIN);
      assertThat(artist.notices().username()).isEqualTo("studio");
    }
  }

  @Test
  void uploadedFilesAreNoLongerMissingAndTheOffsetSaysHowMuchIsHeld() throws Exception {
    byte[] bytes = "a dependency uploaded in two parts".getBytes();
    String sha = Sha256.of(bytes);
    FileRef ref = new FileRef(sha, bytes.length);

    assertThat(artist.missing(List.of(ref))).extracting(UploadStatus::received).containsExactly(0L);
    assertThat(artist.uploadOffset(sha, bytes.length).received()).isZero();
    UploadStatus half = artist.upload(sha, bytes.length, 0, Farms.part(bytes, 0, 10), 10);
    assertThat(artist.uploadOffset(sha, bytes.length)).isEqualTo(half);
    assertThat(half.received()).isEqualTo(10);
    assertThat(artist.missing(List.of(ref)))
        .extracting(UploadStatus::received)
        .containsExactly(10L);
    UploadStatus whole =
        artist.upload(
            sha, bytes.length, 10, Farms.part(bytes, 10, bytes.length - 10), bytes.length - 10);

    assertThat(whole.complete()).isTrue();
    assertThat(artist.missing(List.of(ref))).isEmpty();
    assertThat(artist.uploadOffset(sha, bytes.length).complete()).isTrue();
  }

  @Test
  void aRetriedSubmitWithTheSameKeyReplaysTheSameJob() throws Exception {
    String key = UUID.randomUUID().toString();
    JobSubmission first = artist.createJob(Farms.request(files, "1", null, 1), key);
    JobSubmission again = artist.createJob(Farms.request(files, "1", null, 1), key);

    assertThat(first.replayed()).isFalse();
    assertThat(again.replayed()).isTrue();
    assertThat(again.job().id()).isEqualTo(first.job().id());
    assertThatThrownBy(() -> artist.createJob(Farms.request(files, "2", null, 1), key))
        .isInstanceOfSatisfying(
            RefusedException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.IDEMPOTENCY_CONFLICT));
  }

  @Test
  void jobsArePagedAndFilteredByStatus() throws Exception {
    for (int i = 0; i < 2; i++) {
      artist.createJob(Farms.request(files, "1", null, 1), UUID.randomUUID().toString());
    }
    JobPage first = artist.jobs(Set.of(), null, 1);
    List<Job> all = artist.allJobs(Set.of());

    assertThat(first.jobs()).hasSize(1);
    assertThat(first.nextCursor()).isNotNull();
    assertThat(artist.jobs(Set.of(), first.nextCursor(), 1).jobs())
        .extracting(Job::id)
        .doesNotContain(first.jobs().get(0).id());
    assertThat(all).hasSizeGreaterThanOrEqualTo(3);
    assertThat(all.stream().map(Job::id).distinct()).hasSameSizeAs(all);
    assertThat(artist.allJobs(Set.of(JobStatus.SUCCESS, JobStatus.DOWNLOADED)))
        .extracting(Job::id)
        .contains(rendered.id());
    assertThat(artist.allJobs(Set.of(JobStatus.KILLED))).isEmpty();
  }

  @Test
  void tasksLogsOutputsAndTheManifestOfARenderedJob() throws Exception {
    List<Task> tasks = artist.tasks(rendered.id());
    List<Output> outputs = artist.outputs(rendered.id());

    assertThat(tasks).hasSize(2);
    assertThat(artist.taskLog(rendered.id(), tasks.get(0).id())).contains("attempt 1");
    assertThat(outputs)
        .extracting(Output::path)
        .containsExactly("renders/turntable_0001.png", "renders/turntable_0002.png");
    assertThat(artist.manifest(rendered.id()).files()).containsExactlyInAnyOrderElementsOf(files);
  }

  @Test
  void anOutputDownloadsWholeAndResumesFromAnOffset() throws Exception {
    Output output = artist.outputs(rendered.id()).get(0);
    byte[] whole;
    try (OutputDownload download = artist.openOutput(rendered.id(), output.sha256(), 0)) {
      assertThat(download.start()).isZero();
      assertThat(download.total()).isEqualTo(output.size());
      whole = download.body().readAllBytes();
    }
    try (OutputDownload rest = artist.openOutput(rendered.id(), output.sha256(), 100)) {
      assertThat(rest.resumed()).isTrue();
      assertThat(rest.start()).isEqualTo(100);
      assertThat(rest.total()).isEqualTo(output.size());
      assertThat(rest.body().readAllBytes())
          .isEqualTo(Arrays.copyOfRange(whole, 100, whole.length));
    }
    assertThat(Sha256.of(whole)).isEqualTo(output.sha256());
  }

  @Test
  void eventsTellTheJobsStoryInOrder() throws Exception {
    EventPage page = artist.events(0, 1000);
    List<Event> ofJob =
        page.events().stream().filter(e -> rendered.id().equals(e.jobId())).toList();

    assertThat(page.events().get(0).seq()).isEqualTo(1);
    assertThat(ofJob.get(0).type()).isEqualTo(EventType.JOB_CREATED);
    assertThat(ofJob).filteredOn(e -> e.type() == EventType.OUTPUT_ADDED).hasSize(2);
    // Other tests' jobs may still be changing: what comes after is newer, and none of it this
    // job's.
    assertThat(artist.events(page.latestSeq(), 10).events())
        .allMatch(e -> e.seq() > page.latestSeq())
        .noneMatch(e -> rendered.id().equals(e.jobId()));
    assertThat(artist.events(0, 0).latestSeq()).isGreaterThanOrEqualTo(page.latestSeq());
  }

  @Test
  void aSuccessfulJobCanBeMarkedDownloadedAndAPendingOneIsRefused() throws Exception {
    Job job =
        artist.createJob(Farms.request(files, "3", null, 1), UUID.randomUUID().toString()).job();

    assertThatThrownBy(() -> artist.markDownloaded(job.id()))
        .isInstanceOfSatisfying(
            RefusedException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_STATE));
    Farms.waitFor(artist, job.id(), JobStatus.SUCCESS);
    assertThat(artist.markDownloaded(job.id()).status()).isEqualTo(JobStatus.DOWNLOADED);
  }

  @Test
  void anotherAccountsJobIsNotFoundAndAnUnknownKeyIsNotAuthenticated() throws Exception {
    try (FarmClient other = Farms.client(farm, "other", "artist");
        FarmClient stranger = artist.newBuilder().key("not-a-key-of-this-farm").build()) {
      assertThatThrownBy(() -> other.job(rendered.id()))
          .isInstanceOf(NotFoundException.class)
          .hasMessageContaining(rendered.id());
      assertThatThrownBy(stranger::me)
          .isInstanceOf(NotAuthenticatedException.class)
          .hasMessage(
              "the farm at "
                  + farm.url()
                  + " does not know this key: run farmhand login again with a key the farm"
                  + " issued (or check --key and FARMHAND_KEY)")
          .hasMessageNotContaining("not-a-key-of-this-farm");
    }
  }
}
