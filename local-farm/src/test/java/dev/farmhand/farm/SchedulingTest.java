package dev.farmhand.farm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmhand.core.protocol.Dependency;
import dev.farmhand.core.protocol.Job;
import dev.farmhand.core.protocol.JobCreateRequest;
import dev.farmhand.core.protocol.RetryPolicy;
import dev.farmhand.core.protocol.Task;
import dev.farmhand.core.protocol.TaskPage;
import dev.farmhand.core.status.JobStatus;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tasks run by job priority, then in the order jobs came in. */
class SchedulingTest {
  @TempDir Path data;

  private static JobCreateRequest withPriority(
      List<Dependency> files, String frames, int priority) {
    return new JobCreateRequest(
        "priority " + priority,
        "turntable.fhscene",
        "sample",
        frames,
        1,
        null,
        priority,
        false,
        RetryPolicy.NONE,
        null,
        "renders/p" + priority + "_####.png",
        files,
        Map.of());
  }

  private static List<Instant> starts(FarmHttp farm, String jobId) {
    return farm.get("/api/v1/jobs/" + jobId + "/tasks").as(TaskPage.class).tasks().stream()
        .map(Task::startedAt)
        .toList();
  }

  @Test
  void aMoreUrgentJobOvertakesTheTasksOfAnEarlierOneThatHaveNotStarted() throws Exception {
    try (LocalFarm farm = LocalFarm.start(FarmConfig.in(data).withWorkers(1))) {
      FarmHttp studio = new FarmHttp(farm.url(), farm.credentials().key("studio", "artist"));
      List<Dependency> files = SampleJobs.upload(studio);

      Job early = studio.submit(withPriority(files, "1-4", 10)).as(Job.class);
      Job urgent = studio.submit(withPriority(files, "1-2", 90)).as(Job.class);
      studio.waitFor(early.id(), JobStatus.SUCCESS);
      studio.waitFor(urgent.id(), JobStatus.SUCCESS);

      List<Instant> earlyStarts = starts(studio, early.id());
      List<Instant> urgentStarts = starts(studio, urgent.id());
      Instant lastUrgent = urgentStarts.stream().max(Instant::compareTo).orElseThrow();
      assertThat(earlyStarts.subList(2, 4)).allMatch(start -> start.isAfter(lastUrgent));
    }
  }
}
