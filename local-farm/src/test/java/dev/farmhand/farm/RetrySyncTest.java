package dev.farmhand.farm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmhand.core.files.Sha256;
import dev.farmhand.core.protocol.ActionResult;
import dev.farmhand.core.protocol.Dependency;
import dev.farmhand.core.protocol.Job;
import dev.farmhand.core.protocol.RetryPolicy;
import dev.farmhand.core.status.JobStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Retry Sync copies a job's files to the shared disk again and runs its failed tasks. */
class RetrySyncTest {
  @TempDir Path data;

  @Test
  void aJobThatFailedOnADamagedWorkspaceFileRendersAfterRetrySync() throws Exception {
    try (LocalFarm farm = LocalFarm.start(FarmConfig.in(data).withWorkers(1))) {
      FarmHttp studio = new FarmHttp(farm.url(), farm.credentials().key("studio", "artist"));
      List<Dependency> files = SampleJobs.upload(studio);
      Job job =
          studio.submit(SampleJobs.request(files, "1-2", "1", 1, RetryPolicy.NONE)).as(Job.class);
      studio.waitFor(job.id(), JobStatus.HOLDING);
      Path texture =
          data.resolve("jobs").resolve(job.id()).resolve("workspace/textures/checker.png");
      Files.writeString(texture, "not a picture any more");

      studio.post(
          "/api/v1/jobs/actions", Map.of("control", "unhold", "job_ids", List.of(job.id())));
      studio.waitFor(job.id(), JobStatus.FAILED);
      ActionResult resynced =
          studio
              .post(
                  "/api/v1/jobs/actions",
                  Map.of("control", "retry_sync", "job_ids", List.of(job.id())))
              .as(ActionResult.class);

      assertThat(resynced.results().get(0).status()).isEqualTo(JobStatus.SYNC_PENDING);
      assertThat(studio.waitFor(job.id(), JobStatus.SUCCESS).stats().framesDone()).isEqualTo(2);
      assertThat(Sha256.of(texture)).isEqualTo(files.get(1).sha256());
    }
  }
}
