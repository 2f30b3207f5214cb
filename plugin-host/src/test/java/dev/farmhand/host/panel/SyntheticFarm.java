package dev.farmhand.host.panel;

import dev.farmhand.core.protocol.Job;
import dev.farmhand.core.protocol.JobPage;
import dev.farmhand.core.protocol.JobStats;
import dev.farmhand.core.protocol.Json;
import dev.farmhand.core.protocol.RetryPolicy;
import dev.farmhand.core.status.JobFlags;
import dev.farmhand.core.status.JobStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * An account's jobs as a farm would serve them, made in memory for the panel's benchmark: a mix of
 * statuses weighted as a busy studio's history (mostly finished, some running and holding), frames
 * from 1 to 500, titles by shot, each served as {@code GET /jobs} pages of JSON and parsed back, as
 * the panel reads them. Seeded, so every run has the same jobs.
 */
final class SyntheticFarm {
  private static final JobStatus[] MIX = {
    JobStatus.DOWNLOADED,
    JobStatus.DOWNLOADED,
    JobStatus.DOWNLOADED,
    JobStatus.SUCCESS,
    JobStatus.SUCCESS,
    JobStatus.REVIEWED,
    JobStatus.FAILED,
    JobStatus.KILLED,
    JobStatus.RUNNING,
    JobStatus.HOLDING,
    JobStatus.PENDING,
    JobStatus.PREEMPTED,
    JobStatus.SYNC_PENDING
  };

  private SyntheticFarm() {}

  /** The pages of {@code GET /api/v1/jobs}, 1000 jobs each, newest first, as JSON bytes. */
  static List<byte[]> pages(int jobs, long seed) {
    Random random = new Random(seed);
    Instant start = Instant.parse("2026-06-01T09:00:00Z");
    List<byte[]> pages = new ArrayList<>();
    List<Job> page = new ArrayList<>();
    for (int n = jobs; n >= 1; n--) {
      page.add(job(n, MIX[random.nextInt(MIX.length)], start.plusSeconds(n * 600L), random));
      if (page.size() == 1000 || n == 1) {
        pages.add(
            Json.write(new JobPage(page, n == 1 ? null : String.valueOf(n)))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        page = new ArrayList<>();
      }
    }
    return pages;
  }

  /** The jobs of those pages, parsed as the client parses them. */
  static List<Job> read(List<byte[]> pages) throws Exception {
    List<Job> jobs = new ArrayList<>();
    for (byte[] page : pages) {
      jobs.addAll(Json.read(page, JobPage.class).jobs());
    }
    return jobs;
  }

  static Job job(int n, JobStatus status, Instant submitted, Random random) {
    int total = 1 + random.nextInt(500);
    int done;
    int failed = 0;
    int running = 0;
    int holding = 0;
    switch (status) {
      case SUCCESS, DOWNLOADED, REVIEWED -> done = total;
      case FAILED, KILLED, PREEMPTED -> {
        done = random.nextInt(total);
        failed = total - done;
      }
      case RUNNING -> {
        done = random.nextInt(total);
        running = Math.min(total - done, 1 + random.nextInt(8));
      }
      case HOLDING -> {
        done = Math.min(total, 3);
        holding = total - done;
      }
      default -> done = 0;
    }
    double render = done * (2 + random.nextDouble() * 60);
    return new Job(
        "j-" + n,
        "shot"
            + (10 * (1 + random.nextInt(90)))
            + " "
            + (random.nextBoolean() ? "comp" : "lighting")
            + " v"
            + (1 + random.nextInt(30)),
        status,
        random.nextInt(101),
        random.nextBoolean(),
        new RetryPolicy(2, 1),
        JobFlags.SYNCED,
        "scene.blend",
        "blender",
        "1-" + total,
        1,
        random.nextInt(4) == 0 ? "auto:3" : null,
        null,
        "renders/frame_####.png",
        "ana",
        submitted,
        done + running + failed > 0 ? submitted.plusSeconds(30) : null,
        status == JobStatus.RUNNING || done + failed < total
            ? null
            : submitted.plusSeconds(30 + (long) render / 4),
        new JobStats(total, done, failed, running, holding, render, render / 4, null),
        Map.of());
  }
}
