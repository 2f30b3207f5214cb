package dev.farmhand.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.farmhand.core.client.FarmClient;
import dev.farmhand.core.notices.NoticeSubscriber;
import dev.farmhand.core.protocol.Event;
import dev.farmhand.core.protocol.Job;
import dev.farmhand.core.status.JobStatus;
import dev.farmhand.farm.FarmConfig;
import dev.farmhand.farm.LocalFarm;
import dev.farmhand.farm.notices.MosquittoProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A farm that publishes to a Mosquitto, which is killed while a job renders and started again on
 * the same port with no memory of the sessions: the subscriber still hands on every event once, in
 * order.
 */
class NoticesThroughMosquittoTest {
  @Test
  void everyEventArrivesOnceInOrderAcrossAMosquittoRestart(@TempDir Path data, @TempDir Path mq)
      throws Exception {
    assumeTrue(
        MosquittoProcess.installed(),
        MosquittoProcess.EXECUTABLE + " is absent: install mosquitto");
    int port = MosquittoProcess.freePort();
    MosquittoProcess broker = MosquittoProcess.start(mq, port);
    List<Event> got = new CopyOnWriteArrayList<>();
    try (LocalFarm farm =
            LocalFarm.start(FarmConfig.in(data).withWorkers(1).withExternalBroker(broker.url()));
        FarmClient artist = Farms.client(farm, "studio", "artist")) {
      var files = Farms.upload(artist);
      long from = artist.events(0, 0).latestSeq();
      try (NoticeSubscriber subscriber =
          NoticeSubscriber.builder(artist, farm.credentials().key("studio", "artist"))
              .name("mosquitto")
              .persistentSession(true)
              .after(from)
              .backoff(Duration.ofMillis(100), Duration.ofMillis(500))
              .pollInterval(Duration.ofMillis(300))
              .start(got::add)) {
        await().atMost(Duration.ofSeconds(10)).until(() -> subscriber.stats().connected());
        Job job =
            artist
                .createJob(Farms.request(files, "1-12", null, 1), UUID.randomUUID().toString())
                .job();
        await().atMost(Duration.ofSeconds(30)).until(() -> got.size() >= 3);

        broker.close();
        await().atMost(Duration.ofSeconds(10)).until(() -> !subscriber.stats().connected());
        broker = MosquittoProcess.start(mq, port);

        Farms.waitFor(artist, job.id(), JobStatus.SUCCESS);
        long latest = artist.events(0, 0).latestSeq();
        await().atMost(Duration.ofSeconds(20)).until(() -> subscriber.lastSeq() >= latest);
        assertThat(got.stream().map(Event::seq).toList())
            .isEqualTo(artist.events(from, 1000).events().stream().map(Event::seq).toList());
        await().atMost(Duration.ofSeconds(10)).until(() -> subscriber.stats().connects() >= 2);
      }
    } finally {
      broker.close();
    }
  }
}
