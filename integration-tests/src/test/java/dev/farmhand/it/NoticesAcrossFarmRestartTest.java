package dev.farmhand.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.farmhand.core.client.FarmClient;
import dev.farmhand.core.notices.NoticeSubscriber;
import dev.farmhand.core.protocol.Event;
import dev.farmhand.core.protocol.EventPage;
import dev.farmhand.core.protocol.Job;
import dev.farmhand.core.status.JobStatus;
import dev.farmhand.farm.FarmConfig;
import dev.farmhand.farm.LocalFarm;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The farm, and with it its embedded broker, stops while a job renders and starts again on the same
 * ports: a subscriber that stays up all along still hands on every event once, in order.
 */
class NoticesAcrossFarmRestartTest {
  @Test
  void everyEventArrivesOnceInOrderAcrossABrokerRestart(@TempDir Path data) throws Exception {
    LocalFarm first = LocalFarm.start(FarmConfig.in(data).withWorkers(1));
    int port = URI.create(first.url()).getPort();
    int mqttPort = URI.create(first.mqttUrl()).getPort();
    String key = first.credentials().key("studio", "artist");
    List<Event> got = new CopyOnWriteArrayList<>();
    LocalFarm second = null;
    try (FarmClient artist = Farms.client(first, "studio", "artist")) {
      var files = Farms.upload(artist);
      long from = artist.events(0, 0).latestSeq();
      try (NoticeSubscriber subscriber =
          NoticeSubscriber.builder(artist, key)
              .name("restart")
              .persistentSession(true)
              .after(from)
              .backoff(Duration.ofMillis(100), Duration.ofMillis(500))
              .pollInterval(Duration.ofMillis(300))
              .start(got::add)) {
        await().atMost(Duration.ofSeconds(10)).until(() -> subscriber.stats().connected());
        Job job =
            artist
                .createJob(Farms.request(files, "1-20", null, 1), UUID.randomUUID().toString())
                .job();
        await().atMost(Duration.ofSeconds(30)).until(() -> got.size() >= 3);

        first.close();
        await().atMost(Duration.ofSeconds(10)).until(() -> !subscriber.stats().connected());
        second = LocalFarm.start(FarmConfig.in(data).withWorkers(2).withPorts(port, mqttPort));
        assertThat(second.credentials().key("studio", "artist")).isEqualTo(key);

        Farms.waitFor(artist, job.id(), JobStatus.SUCCESS);
        long latest = artist.events(0, 0).latestSeq();
        await()
            .atMost(Duration.ofSeconds(20))
            .alias("the subscriber to reach seq " + latest)
            .until(() -> subscriber.lastSeq() >= latest);
        assertThat(got.stream().map(Event::seq).toList()).isEqualTo(restSeqs(artist, from));
        await().atMost(Duration.ofSeconds(10)).until(() -> subscriber.stats().connects() >= 2);
      }
    } finally {
      first.close();
      if (second != null) {
        second.close();
      }
    }
  }

  private static List<Long> restSeqs(FarmClient client, long after) throws Exception {
    List<Long> seqs = new ArrayList<>();
    EventPage page;
    do {
      page = client.events(after + seqs.size(), 1000);
      page.events().forEach(e -> seqs.add(e.seq()));
    } while (page.hasMore());
    return seqs;
  }
}
