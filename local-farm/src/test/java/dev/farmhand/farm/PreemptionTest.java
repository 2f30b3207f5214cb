package dev.farmhand.farm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.farmhand.core.protocol.Dependency;
import dev.farmhand.core.protocol.Job;
import dev.farmhand.core.protocol.JobCreateRequest;
import dev.farmhand.core.protocol.RetryPolicy;
import dev.farmhand.core.protocol.Task;
import dev.farmhand.core.protocol.TaskPage;
import dev.farmhand.core.status.JobStatus;
import dev.farmhand.core.status.TaskStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Preemptible jobs lose instances at the farm's seeded rate and run again under their policy. */
class PreemptionTest {
  @TempDir Path data;

  private static JobCreateRequest preemptible(
      List<Dependency> files, String frames, int retries, boolean yes) {
    return new JobCreateRequest(
        "preemptible " + frames,
        "turntable.fhscene",
        "sample",
        frames,
        1,
        null,
        50,
        yes,
        new RetryPolicy(retries, 0),
        null,
        "renders/turntable_####.png",
        files,
        Map.of());
  }

  @Test
  void aTaskThatKeepsLosingItsInstanceRunsAgainUntilItsRetriesRunOut() throws Exception {
    try (LocalFarm farm =
        LocalFarm.start(FarmConfig.in(data).withWorkers(2).withPreemption(1.0, 7))) {
      FarmHttp studio = new FarmHttp(farm.url(), farm.credentials().key("studio", "artist"));
      List<Dependency> files = SampleJobs.upload(studio);

      Job lost = studio.submit(preemptible(files, "1", 2, true)).as(Job.class);
      Job kept = studio.submit(preemptible(files, "2", 2, false)).as(Job.class);

      await()
          .atMost(Duration.ofSeconds(60))
          .until(
              () -> {
                Task t =
                    studio
                        .get("/api/v1/jobs/" + lost.id() + "/tasks")
                        .as(TaskPage.class)
                        .tasks()
                        .get(0);
                return t.status() == TaskStatus.PREEMPTED && !t.retriesLeft();
              });
      Job preempted = studio.job(lost.id());
      Task task =
          studio.get("/api/v1/jobs/" + lost.id() + "/tasks").as(TaskPage.class).tasks().get(0);
      assertThat(preempted.status()).isEqualTo(JobStatus.PREEMPTED);
      assertThat(task.status()).isEqualTo(TaskStatus.PREEMPTED);
      assertThat(task.attempts()).isEqualTo(3);
      assertThat(task.failure()).isEqualTo("lost its instance");
      assertThat(studio.waitFor(kept.id(), JobStatus.SUCCESS).stats().framesDone()).isEqualTo(1);
    }
  }

  @Test
  void withRetriesEnoughAPreemptedJobFinishes() throws Exception {
    try (LocalFarm farm =
        LocalFarm.start(FarmConfig.in(data).withWorkers(2).withPreemption(0.5, 42))) {
      FarmHttp studio = new FarmHttp(farm.url(), farm.credentials().key("studio", "artist"));
      List<Dependency> files = SampleJobs.upload(studio);

      Job job = studio.submit(preemptible(files, "1-4", 20, true)).as(Job.class);

      assertThat(studio.waitFor(job.id(), JobStatus.SUCCESS, JobStatus.PREEMPTED).status())
          .isEqualTo(JobStatus.SUCCESS);
      List<Task> tasks =
          studio.get("/api/v1/jobs/" + job.id() + "/tasks").as(TaskPage.class).tasks();
      assertThat(tasks.stream().mapToInt(Task::attempts).sum()).isGreaterThan(tasks.size());
    }
  }
}
