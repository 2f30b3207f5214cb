package dev.farmhand.farm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmhand.core.protocol.Dependency;
import dev.farmhand.core.protocol.Event;
import dev.farmhand.core.protocol.EventPage;
import dev.farmhand.core.protocol.Job;
import dev.farmhand.core.protocol.JobPage;
import dev.farmhand.core.protocol.RetryPolicy;
import dev.farmhand.core.status.JobStatus;
import dev.farmhand.farm.auth.Credentials;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A farm stopped mid-job, cleanly or with SIGKILL, picks everything up when it starts again. */
@Tag("slow")
class RestartTest {
  @TempDir Path data;

  private static void assertSequenceHasNoHoles(List<Event> events) {
    for (int i = 0; i < events.size(); i++) {
      assertThat(events.get(i).seq()).isEqualTo(i + 1);
    }
  }

  @Test
  void aFarmStoppedMidJobRunsItsTasksAgainAndContinuesItsEvents() throws Exception {
    String jobId;
    long seqBefore;
    Credentials before;
    try (LocalFarm farm = LocalFarm.start(FarmConfig.in(data).withWorkers(1))) {
      before = farm.credentials();
      FarmHttp studio = new FarmHttp(farm.url(), before.key("studio", "artist"));
      List<Dependency> files = SampleJobs.upload(studio);
      jobId =
          studio
              .submit(SampleJobs.request(files, "1-4", null, 2, RetryPolicy.NONE))
              .as(Job.class)
              .id();
      studio.waitFor(jobId, JobStatus.RUNNING);
      seqBefore = studio.get("/api/v1/events?limit=0").as(EventPage.class).latestSeq();
    }

    try (LocalFarm farm = LocalFarm.start(FarmConfig.in(data).withWorkers(1))) {
      FarmHttp studio = new FarmHttp(farm.url(), farm.credentials().key("studio", "artist"));

      Job done = studio.waitFor(jobId, JobStatus.SUCCESS);
      List<Event> events =
          studio.get("/api/v1/events?after=0&limit=1000").as(EventPage.class).events();

      assertThat(farm.credentials().accounts()).isEqualTo(before.accounts());
      assertThat(done.stats().framesDone()).isEqualTo(4);
      assertThat(studio.get("/api/v1/jobs").as(JobPage.class).jobs()).hasSize(1);
      assertThat(events.get(events.size() - 1).seq()).isGreaterThan(seqBefore);
      assertSequenceHasNoHoles(events);
    }
  }

  @Test
  void aFarmKilledWithSigkillMidJobLosesNothing() throws Exception {
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                FarmProcessMain.class.getName(),
                data.toString())
            .redirectErrorStream(true)
            .start();
    String jobId;
    long seqBefore;
    try {
      BufferedReader out =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      String line;
      String url = null;
      while ((line = out.readLine()) != null) {
        if (line.startsWith("farm: ")) {
          url = line.substring("farm: ".length());
          break;
        }
      }
      assertThat(url).as("the farm process printed its URL").isNotNull();
      Credentials credentials = Credentials.read(data.resolve("credentials.json"));
      FarmHttp studio = new FarmHttp(url, credentials.key("studio", "artist"));
      List<Dependency> files = SampleJobs.upload(studio);
      jobId =
          studio
              .submit(SampleJobs.request(files, "1-6", null, 3, RetryPolicy.NONE))
              .as(Job.class)
              .id();
      studio.waitFor(jobId, JobStatus.RUNNING);
      seqBefore = studio.get("/api/v1/events?limit=0").as(EventPage.class).latestSeq();
    } finally {
      List<ProcessHandle> renders = process.descendants().toList();
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
      renders.forEach(ProcessHandle::destroyForcibly);
    }

    try (LocalFarm farm = LocalFarm.start(FarmConfig.in(data).withWorkers(2))) {
      FarmHttp studio = new FarmHttp(farm.url(), farm.credentials().key("studio", "artist"));

      Job done = studio.waitFor(jobId, JobStatus.SUCCESS);
      List<Event> events =
          studio.get("/api/v1/events?after=0&limit=1000").as(EventPage.class).events();

      assertThat(done.stats().framesDone()).isEqualTo(6);
      assertThat(studio.get("/api/v1/jobs").as(JobPage.class).jobs()).hasSize(1);
      assertThat(events.get(events.size() - 1).seq()).isGreaterThan(seqBefore);
      assertSequenceHasNoHoles(events);
    }
  }
}
