package dev.farmhand.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.farmhand.core.client.FarmClient;
import dev.farmhand.core.notices.JobWaiter;
import dev.farmhand.core.notices.NoticeSubscriber;
import dev.farmhand.core.protocol.Dependency;
import dev.farmhand.core.protocol.Event;
import dev.farmhand.core.protocol.Job;
import dev.farmhand.core.status.JobStatus;
import dev.farmhand.farm.FarmConfig;
import dev.farmhand.farm.LocalFarm;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A farm whose broker cannot be reached: nothing waits on it, because REST is the truth. The
 * subscriber keeps trying MQTT and meanwhile reads the events over REST.
 */
class NoticesWithoutABrokerTest {
  @TempDir static Path data;
  static String deadBroker;
  static LocalFarm farm;
  static FarmClient artist;
  static String key;
  static List<Dependency> files;

  @BeforeAll
  static void startFarm() throws Exception {
    try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      deadBroker = "tcp://127.0.0.1:" + free.getLocalPort();
    }
    farm = LocalFarm.start(FarmConfig.in(data).withWorkers(2).withExternalBroker(deadBroker));
    artist = Farms.client(farm, "studio", "artist");
    key = farm.credentials().key("studio", "artist");
    files = Farms.upload(artist);
  }

  @AfterAll
  static void stopFarm() throws Exception {
    artist.close();
    farm.close();
  }

  private static Job submit(String frames) throws Exception {
    return artist
        .createJob(Farms.request(files, frames, null, 1), UUID.randomUUID().toString())
        .job();
  }

  @Test
  void eventsStillArriveOnceInOrderByPollingRest() throws Exception {
    List<Event> got = new CopyOnWriteArrayList<>();
    long from = artist.events(0, 0).latestSeq();
    try (NoticeSubscriber subscriber =
        NoticeSubscriber.builder(artist, key)
            .after(from)
            .pollInterval(Duration.ofMillis(200))
            .start(got::add)) {
      Job job = submit("1-3");
      Farms.waitFor(artist, job.id(), JobStatus.SUCCESS);
      long latest = artist.events(0, 0).latestSeq();
      await().atMost(Duration.ofSeconds(10)).until(() -> subscriber.lastSeq() >= latest);

      assertThat(got.stream().map(Event::seq).toList())
          .isEqualTo(artist.events(from, 1000).events().stream().map(Event::seq).toList());
      NoticeSubscriber.Stats stats = subscriber.stats();
      assertThat(stats.connects()).isZero();
      assertThat(stats.connected()).isFalse();
      assertThat(stats.lastError())
          .startsWith("cannot connect to the MQTT broker at " + deadBroker);
    }
  }

  @Test
  void aWaitEndsWithoutABroker() throws Exception {
    Job job = submit("4");

    JobWaiter.Outcome outcome =
        new JobWaiter(artist, key).awaitFinished(job.id(), Duration.ofSeconds(30));

    assertThat(outcome).isEqualTo(new JobWaiter.Outcome(job.id(), JobStatus.SUCCESS, true));
  }
}
