package dev.farmhand.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.farmhand.core.client.FarmClient;
import dev.farmhand.core.paths.RelativePath;
import dev.farmhand.core.protocol.Job;
import dev.farmhand.core.status.JobStatus;
import dev.farmhand.core.submit.JobSpec;
import dev.farmhand.core.submit.Submitter;
import dev.farmhand.core.sync.Cancellation;
import dev.farmhand.core.sync.DependencySync;
import dev.farmhand.core.sync.HashCache;
import dev.farmhand.core.sync.LocalDependency;
import dev.farmhand.core.sync.MissingDependenciesException;
import dev.farmhand.farm.FarmConfig;
import dev.farmhand.farm.LocalFarm;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A job spec sent whole: files synced (only what the farm lacks), then the job, once per key. */
class SubmitterTest {
  @TempDir static Path data;
  @TempDir static Path cache;
  static LocalFarm farm;
  static FarmClient client;
  static Submitter submitter;

  @BeforeAll
  static void startFarm() throws Exception {
    farm = LocalFarm.start(FarmConfig.in(data).withWorkers(2));
    client = Farms.client(farm, "studio", "artist");
    DependencySync sync = DependencySync.builder(client).cache(HashCache.open(cache, 1000)).build();
    submitter = new Submitter(client, sync);
  }

  @AfterAll
  static void stopFarm() throws Exception {
    client.close();
    farm.close();
  }

  private static JobSpec.Builder sampleScene(String frames) {
    return JobSpec.builder()
        .title("turntable " + frames)
        .scene("turntable.fhscene")
        .renderer("sample")
        .frames(frames)
        .outputPattern("renders/turntable_####.png")
        .file(
            new LocalDependency(
                Farms.SCENE_DIR.resolve("turntable.fhscene"), RelativePath.of("turntable.fhscene")))
        .file(
            new LocalDependency(
                Farms.SCENE_DIR.resolve("textures/checker.png"),
                RelativePath.of("textures/checker.png")));
  }

  private static Submitter.Submitted submit(JobSpec spec, boolean withoutMissing) throws Exception {
    return submitter.submit(
        spec, withoutMissing, Submitter.newIdempotencyKey(), progress -> {}, new Cancellation());
  }

  @Test
  void aSubmittedSceneSyncsRendersAndAResubmitUploadsNothing(
      @TempDir Path ownData, @TempDir Path ownCache) throws Exception {
    try (LocalFarm own = LocalFarm.start(FarmConfig.in(ownData).withWorkers(2));
        FarmClient ownClient = Farms.client(own, "studio", "artist")) {
      Submitter fresh =
          new Submitter(
              ownClient,
              DependencySync.builder(ownClient).cache(HashCache.open(ownCache, 1000)).build());

      Submitter.Submitted first =
          fresh.submit(
              sampleScene("1-2").build(),
              false,
              Submitter.newIdempotencyKey(),
              p -> {},
              new Cancellation());
      Submitter.Submitted again =
          fresh.submit(
              sampleScene("3").build(),
              false,
              Submitter.newIdempotencyKey(),
              p -> {},
              new Cancellation());

      String id = first.submission().job().id();
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> ownClient.job(id).status() == JobStatus.SUCCESS);
      assertThat(first.sync().filesUploaded()).isEqualTo(2);
      assertThat(first.sync().filesHashed()).isEqualTo(2);
      assertThat(again.sync().filesUploaded()).isZero();
      assertThat(again.sync().bytesUploaded()).isZero();
      assertThat(again.sync().filesHashed()).isZero();
      assertThat(again.sync().uploadRequests()).isZero();
      assertThat(ownClient.outputs(id)).hasSize(2);
    }
  }

  @Test
  void missingFilesAreAllReportedBeforeAnythingIsSent() throws Exception {
    int before = client.allJobs(java.util.Set.of()).size();
    JobSpec spec =
        sampleScene("1")
            .file(new LocalDependency(Path.of("/nowhere/a.png"), RelativePath.of("tex/a.png")))
            .file(new LocalDependency(Path.of("/nowhere/b.png"), RelativePath.of("tex/b.png")))
            .build();

    assertThatThrownBy(() -> submit(spec, false))
        .isInstanceOf(MissingDependenciesException.class)
        .hasMessageContaining("/nowhere/a.png")
        .hasMessageContaining("/nowhere/b.png");
    assertThat(client.allJobs(java.util.Set.of())).hasSize(before);

    Submitter.Submitted without = submit(spec, true);
    assertThat(without.leftOut()).hasSize(2);
    Job job = without.submission().job();
    assertThat(client.manifest(job.id()).files()).hasSize(2);
  }

  @Test
  void aRetriedSubmitWithTheSameKeyMakesOneJob() throws Exception {
    String key = Submitter.newIdempotencyKey();
    JobSpec spec = sampleScene("4").build();

    Submitter.Submitted first = submitter.submit(spec, false, key, p -> {}, new Cancellation());
    Submitter.Submitted retried = submitter.submit(spec, false, key, p -> {}, new Cancellation());

    assertThat(retried.submission().replayed()).isTrue();
    assertThat(retried.submission().job().id()).isEqualTo(first.submission().job().id());
  }
}
