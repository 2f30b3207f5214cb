package dev.farmhand.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.farmhand.core.client.FarmClient;
import dev.farmhand.core.notices.JobWaiter;
import dev.farmhand.core.notices.NoticeSubscriber;
import dev.farmhand.core.protocol.Dependency;
import dev.farmhand.core.protocol.Event;
import dev.farmhand.core.protocol.Job;
import dev.farmhand.core.status.Control;
import dev.farmhand.core.status.JobStatus;
import dev.farmhand.farm.FarmConfig;
import dev.farmhand.farm.LocalFarm;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's mix on the local farm's own broker: a persistent subscriber (as the auto-downloader
 * keeps) and a clean one stay, while short-lived subscribers and job waiters leave in the middle of
 * bursts of events (a held job of many frames let go and held again). Leaving mid-burst used to end
 * one of the broker's session loops (a PUBACK after the DISCONNECT made Moquette free an event
 * twice), after which clients on that loop could not even connect and pushes waited 10 s each.
 */
@Tag("slow")
class NoticesWhileSubscribersComeAndGoTest {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final int ROUNDS = 12;

  @Test
  void subscribersLeavingMidBurstLeaveTheBrokerServingEveryoneAndEveryEventArrivesOnce(
      @TempDir Path data) throws Exception {
    try (LocalFarm farm = LocalFarm.start(FarmConfig.in(data).withWorkers(2));
        FarmClient artist = Farms.client(farm, "studio", "artist")) {
      String key = farm.credentials().key("studio", "artist");
      List<Dependency> files = Farms.upload(artist);
      long from = artist.events(0, 0).latestSeq();
      List<Event> downloaded = new CopyOnWriteArrayList<>();
      List<Event> shown = new CopyOnWriteArrayList<>();
      try (NoticeSubscriber downloader =
              NoticeSubscriber.builder(artist, key)
                  .name("downloader")
                  .persistentSession(true)
                  .after(from)
                  .start(downloaded::add);
          NoticeSubscriber panel =
              NoticeSubscriber.builder(artist, key).name("panel").after(from).start(shown::add)) {
        await().atMost(WAIT).until(() -> downloader.stats().connected());
        await().atMost(WAIT).until(() -> panel.stats().connected());

        Job job =
            artist
                .createJob(Farms.request(files, "1-40", null, 1), UUID.randomUUID().toString())
                .job();
        artist.act(Control.HOLD, job.id(), null);
        JobWaiter waiter = new JobWaiter(artist, key);
        for (int round = 0; round < ROUNDS; round++) {
          Control toggle = round % 2 == 0 ? Control.UNHOLD : Control.HOLD;
          leaveMidBurst(artist, key, "passer-" + round, () -> artist.act(toggle, job.id(), null));
          waiter.await(job.id(), Set.of(JobStatus.SUCCESS), Duration.ofMillis(100));
        }
        artist.act(Control.UNHOLD, job.id(), null);

        Farms.waitFor(artist, job.id(), JobStatus.SUCCESS);
        long latest = artist.events(0, 0).latestSeq();
        await().atMost(WAIT).until(() -> downloader.lastSeq() >= latest);
        await().atMost(WAIT).until(() -> panel.lastSeq() >= latest);
        List<Long> truth = artist.events(from, 1000).events().stream().map(Event::seq).toList();
        assertThat(downloaded.stream().map(Event::seq).toList()).isEqualTo(truth);
        assertThat(shown.stream().map(Event::seq).toList()).isEqualTo(truth);

        // Client ids spread over every session loop: each loop still takes a connection.
        List<NoticeSubscriber> newcomers = new ArrayList<>();
        try {
          for (int i = 0; i < 8; i++) {
            newcomers.add(
                NoticeSubscriber.builder(artist, key).name("newcomer-" + i).start(event -> {}));
          }
          for (NoticeSubscriber newcomer : newcomers) {
            await()
                .atMost(WAIT)
                .alias(newcomer + " to connect")
                .until(() -> newcomer.stats().connected());
          }
        } finally {
          newcomers.forEach(NoticeSubscriber::close);
        }
        // The broker never had to drop the ones that stayed.
        assertThat(downloader.stats().connects()).isEqualTo(1);
        assertThat(panel.stats().connects()).isEqualTo(1);
      }
    }
  }

  private interface Burst {
    void start() throws Exception;
  }

  /** A clean subscriber that starts a burst, and leaves as soon as the first of it arrives. */
  private static void leaveMidBurst(FarmClient artist, String key, String name, Burst burst)
      throws Exception {
    CountDownLatch first = new CountDownLatch(1);
    NoticeSubscriber passer =
        NoticeSubscriber.builder(artist, key).name(name).start(event -> first.countDown());
    try {
      await().atMost(WAIT).until(() -> passer.stats().connected());
      burst.start();
      assertThat(first.await(WAIT.toSeconds(), TimeUnit.SECONDS))
          .as(name + " got an event")
          .isTrue();
    } finally {
      passer.close();
    }
  }
}
