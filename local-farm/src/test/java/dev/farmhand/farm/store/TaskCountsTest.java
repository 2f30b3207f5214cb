package dev.farmhand.farm.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmhand.core.protocol.RetryPolicy;
import dev.farmhand.core.status.JobFlags;
import dev.farmhand.core.status.JobStatus;
import dev.farmhand.core.status.TaskStatus;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job list's task counts, summed by the database, equal those counted from the tasks. */
class TaskCountsTest {
  @TempDir Path data;

  @Test
  void countsSummedByTheDatabaseEqualCountsMadeFromTheTasksForRandomJobs() throws Exception {
    JobRepository jobs = new JobRepository();
    TaskRepository tasks = new TaskRepository();
    try (Database database = Database.open(data)) {
      for (long seed = 1; seed <= 20; seed++) {
        Random random = new Random(seed);
        List<String> ids = new ArrayList<>();
        Map<String, TaskCounts> expected = new java.util.HashMap<>();
        for (int j = 0; j < 10; j++) {
          String id = "j-" + (seed * 100 + j);
          RetryPolicy retries = new RetryPolicy(random.nextInt(3), random.nextInt(2));
          List<StoredTask> made = new ArrayList<>();
          int taskCount = random.nextInt(6);
          int frame = 1;
          for (int t = 0; t < taskCount; t++) {
            List<Integer> frames = new ArrayList<>();
            for (int f = 0; f <= random.nextInt(4); f++) {
              frames.add(frame++);
            }
            TaskStatus status = TaskStatus.values()[random.nextInt(TaskStatus.values().length)];
            made.add(
                new StoredTask(
                    id + "-t" + t,
                    id,
                    t,
                    frames,
                    random.nextBoolean(),
                    status,
                    random.nextInt(3),
                    0,
                    random.nextInt(4),
                    null,
                    null,
                    null,
                    random.nextInt(1000) / 8.0,
                    null));
          }
          StoredJob job = job(id, seed * 100 + j, retries);
          database.transaction(
              c -> {
                jobs.insert(c, job, made, List.of(), "key-" + id, "sha");
                return null;
              });
          ids.add(id);
          if (!made.isEmpty()) {
            expected.put(id, TaskCounts.of(made, retries));
          }
        }

        Map<String, TaskCounts> summed = database.transaction(c -> tasks.counts(c, ids));

        assertThat(summed).as("seed %d", seed).isEqualTo(expected);
      }
    }
  }

  private static StoredJob job(String id, long number, RetryPolicy retries) {
    return new StoredJob(
        id,
        number,
        "studio",
        "ana",
        "shot " + id,
        "scene.fhscene",
        "sample",
        "1-10",
        1,
        null,
        50,
        false,
        retries,
        null,
        null,
        Map.of(),
        Instant.parse("2026-11-30T10:00:00Z"),
        null,
        null,
        JobFlags.SYNCED,
        JobStatus.PENDING);
  }
}
