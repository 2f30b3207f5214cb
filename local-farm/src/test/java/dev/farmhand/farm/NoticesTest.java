package dev.farmhand.farm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.farmhand.core.protocol.Dependency;
import dev.farmhand.core.protocol.Event;
import dev.farmhand.core.protocol.EventPage;
import dev.farmhand.core.protocol.Job;
import dev.farmhand.core.protocol.RetryPolicy;
import dev.farmhand.core.protocol.Topics;
import dev.farmhand.core.status.JobStatus;
import dev.farmhand.farm.notices.MosquittoProcess;
import dev.farmhand.farm.notices.TestSubscriber;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The farm pushes every event it stores, in order, to the account's topics only. */
class NoticesTest {
  @TempDir Path data;

  private static List<Event> pushedUntilSuccess(TestSubscriber subscriber, String jobId) {
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                subscriber.received().stream()
                    .map(TestSubscriber.Received::event)
                    .anyMatch(e -> jobId.equals(e.jobId()) && e.jobStatus() == JobStatus.SUCCESS));
    return subscriber.received().stream().map(TestSubscriber.Received::event).toList();
  }

  @Test
  void everyStoredEventIsPushedOnceAndInOrderToTheAccountsTopic() throws Exception {
    try (LocalFarm farm = LocalFarm.start(FarmConfig.in(data).withWorkers(2))) {
      String key = farm.credentials().key("studio", "artist");
      FarmHttp studio = new FarmHttp(farm.url(), key);
      try (TestSubscriber subscriber =
              TestSubscriber.connect(farm.mqttUrl(), "fh-studio-test", "studio", key);
          TestSubscriber outsider =
              TestSubscriber.connect(
                  farm.mqttUrl(),
                  "fh-other-test",
                  "other",
                  farm.credentials().key("other", "artist"))) {
        assertThat(subscriber.subscribe(Topics.account("studio"))).containsExactly(1);
        assertThat(outsider.subscribe(Topics.account("studio"))).containsExactly(0x80);
        List<Dependency> files = SampleJobs.upload(studio);

        Job job =
            studio
                .submit(SampleJobs.request(files, "1-4", "auto:2", 1, RetryPolicy.NONE))
                .as(Job.class);
        studio.waitFor(job.id(), JobStatus.HOLDING);
        studio.post("/api/v1/jobs/" + job.id() + "/actions", java.util.Map.of("control", "unhold"));
        List<Event> pushed = pushedUntilSuccess(subscriber, job.id());

        List<Event> stored =
            studio.get("/api/v1/events?after=0&limit=1000").as(EventPage.class).events();
        assertThat(pushed).isEqualTo(stored.subList(0, pushed.size()));
        assertThat(pushed).extracting(Event::seq).doesNotHaveDuplicates().isSorted();
        assertThat(outsider.received()).isEmpty();
      }
    }
  }

  @Test
  @Tag("mosquitto")
  void withAnExternalBrokerTheFarmPublishesThere() throws Exception {
    Assumptions.assumeTrue(MosquittoProcess.installed(), "mosquitto is not installed");
    try (MosquittoProcess mosquitto =
            MosquittoProcess.start(data.resolve("mosquitto"), MosquittoProcess.freePort());
        LocalFarm farm =
            LocalFarm.start(
                FarmConfig.in(data.resolve("farm"))
                    .withWorkers(1)
                    .withExternalBroker(mosquitto.url()));
        TestSubscriber subscriber =
            TestSubscriber.connect(mosquitto.url(), "fh-studio-test", null, null)) {
      FarmHttp studio = new FarmHttp(farm.url(), farm.credentials().key("studio", "artist"));
      subscriber.subscribe(Topics.account("studio"));

      Job job =
          studio
              .submit(SampleJobs.request(SampleJobs.upload(studio), "1", null, 1, RetryPolicy.NONE))
              .as(Job.class);
      List<Event> pushed = pushedUntilSuccess(subscriber, job.id());

      assertThat(farm.mqttUrl()).isEqualTo(mosquitto.url());
      assertThat(pushed).extracting(Event::seq).doesNotHaveDuplicates().isSorted();
      assertThat(pushed.get(0).jobId()).isEqualTo(job.id());
    }
  }
}
