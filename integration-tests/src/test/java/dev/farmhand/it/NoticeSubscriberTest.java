package dev.farmhand.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.farmhand.core.client.FarmClient;
import dev.farmhand.core.client.NotAuthenticatedException;
import dev.farmhand.core.notices.NoticeSubscriber;
import dev.farmhand.core.protocol.Dependency;
import dev.farmhand.core.protocol.Event;
import dev.farmhand.core.protocol.EventPage;
import dev.farmhand.core.protocol.Job;
import dev.farmhand.core.status.Control;
import dev.farmhand.core.status.JobStatus;
import dev.farmhand.farm.FarmConfig;
import dev.farmhand.farm.LocalFarm;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Notices from the local farm's real broker: every event once, in order, whatever MQTT does. */
class NoticeSubscriberTest {
  @TempDir static Path data;
  static LocalFarm farm;
  static FarmClient artist;
  static String key;
  static List<Dependency> files;

  @BeforeAll
  static void startFarm() throws Exception {
    farm = LocalFarm.start(FarmConfig.in(data).withWorkers(2));
    artist = Farms.client(farm, "studio", "artist");
    key = farm.credentials().key("studio", "artist");
    files = Farms.upload(artist);
  }

  @AfterAll
  static void stopFarm() throws Exception {
    artist.close();
    farm.close();
  }

  /** Submits a job of four frames with scout frame 1, approves the scout, waits for Success. */
  private static Job renderWithScouts() throws Exception {
    Job job =
        artist.createJob(Farms.request(files, "1-4", "1", 1), UUID.randomUUID().toString()).job();
    Farms.waitFor(artist, job.id(), JobStatus.HOLDING);
    artist.act(Control.UNHOLD, job.id(), null);
    return Farms.waitFor(artist, job.id(), JobStatus.SUCCESS);
  }

  /** The truth: every event after {@code after}, read over REST page by page. */
  private static List<Long> restSeqs(long after) throws Exception {
    List<Long> seqs = new ArrayList<>();
    EventPage page;
    do {
      page = artist.events(after + seqs.size(), 1000);
      page.events().forEach(e -> seqs.add(e.seq()));
    } while (page.hasMore());
    return seqs;
  }

  private static List<Long> seqs(List<Event> events) {
    return events.stream().map(Event::seq).toList();
  }

  /** Waits until the subscriber has handed on everything the farm has, then compares. */
  private static void assertOnceInOrder(NoticeSubscriber subscriber, List<Event> got, long from)
      throws Exception {
    long latest = artist.events(0, 0).latestSeq();
    await()
        .atMost(Duration.ofSeconds(20))
        .alias("the subscriber to reach seq " + latest)
        .until(() -> subscriber.lastSeq() >= latest);
    assertThat(seqs(got)).isNotEmpty().isEqualTo(restSeqs(from));
  }

  @Test
  void everyEventOfAJobWithScoutsArrivesOnceAndInOrder() throws Exception {
    List<Event> got = new CopyOnWriteArrayList<>();
    try (NoticeSubscriber subscriber = NoticeSubscriber.builder(artist, key).start(got::add)) {
      long from = subscriber.lastSeq();
      await().atMost(Duration.ofSeconds(10)).until(() -> subscriber.stats().connected());

      Job job = renderWithScouts();

      assertOnceInOrder(subscriber, got, from);
      assertThat(got).anyMatch(e -> job.id().equals(e.jobId()) && e.output() != null);
      assertThat(got.get(got.size() - 1).jobStatus()).isEqualTo(JobStatus.SUCCESS);
      assertThat(subscriber.stats().gaps()).isZero();
    }
  }

  @Test
  void aDroppedConnectionLosesNothingAndRepeatsNothing() throws Exception {
    List<Event> got = new CopyOnWriteArrayList<>();
    try (NoticeSubscriber subscriber =
        NoticeSubscriber.builder(artist, key)
            .backoff(Duration.ofMillis(300), Duration.ofSeconds(1))
            .pollInterval(Duration.ofMillis(200))
            .start(got::add)) {
      long from = subscriber.lastSeq();
      await().atMost(Duration.ofSeconds(10)).until(() -> subscriber.stats().connected());

      Job job =
          artist
              .createJob(Farms.request(files, "1-6", null, 1), UUID.randomUUID().toString())
              .job();
      subscriber.dropConnection();
      await().atMost(Duration.ofSeconds(10)).until(() -> subscriber.stats().connects() >= 2);
      subscriber.dropConnection();
      Farms.waitFor(artist, job.id(), JobStatus.SUCCESS);

      assertOnceInOrder(subscriber, got, from);
      await().atMost(Duration.ofSeconds(10)).until(() -> subscriber.stats().connects() >= 3);
    }
  }

  @Test
  void aRestartWithItsSeqFileCatchesUpOnWhatHappenedMeanwhileOnce(@TempDir Path state)
      throws Exception {
    Path seqFile = state.resolve("notices.seq");
    List<Event> got = new CopyOnWriteArrayList<>();
    long from = artist.events(0, 0).latestSeq();
    NoticeSubscriber first =
        NoticeSubscriber.builder(artist, key)
            .name("restart-test")
            .persistentSession(true)
            .seqFile(seqFile)
            .after(from)
            .start(got::add);
    try {
      await().atMost(Duration.ofSeconds(10)).until(() -> first.stats().connected());
      Job before =
          artist.createJob(Farms.request(files, "1", null, 1), UUID.randomUUID().toString()).job();
      Farms.waitFor(artist, before.id(), JobStatus.SUCCESS);
      await().atMost(Duration.ofSeconds(10)).until(() -> !got.isEmpty());
    } finally {
      first.close();
    }
    int beforeRestart = got.size();

    Job meanwhile = renderWithScouts();
    NoticeSubscriber second =
        NoticeSubscriber.builder(artist, key)
            .name("restart-test")
            .persistentSession(true)
            .seqFile(seqFile)
            .start(got::add);
    try {
      assertOnceInOrder(second, got, from);
      assertThat(got.subList(beforeRestart, got.size()))
          .anyMatch(e -> meanwhile.id().equals(e.jobId()));
    } finally {
      second.close();
    }
  }

  @Test
  void duplicatesAreDroppedAndALostMessageIsCaughtUpFromRest() throws Exception {
    List<Event> got = new CopyOnWriteArrayList<>();
    long from = artist.events(0, 0).latestSeq();
    try (NoticeSubscriber subscriber =
        NoticeSubscriber.builder(artist, key)
            .after(from)
            .arrivalHook(e -> e.seq() == from + 3 ? List.of() : List.of(e, e))
            .start(got::add)) {
      await().atMost(Duration.ofSeconds(10)).until(() -> subscriber.stats().connected());

      renderWithScouts();

      assertOnceInOrder(subscriber, got, from);
      NoticeSubscriber.Stats stats = subscriber.stats();
      assertThat(stats.duplicatesDropped()).isGreaterThan(5);
      assertThat(stats.gaps()).isEqualTo(1);
    }
  }

  @Test
  void aJobFilterHandsOnOnlyThatJobsEvents() throws Exception {
    List<Event> got = new CopyOnWriteArrayList<>();
    long from = artist.events(0, 0).latestSeq();
    Job other =
        artist.createJob(Farms.request(files, "1", null, 1), UUID.randomUUID().toString()).job();
    Job job =
        artist.createJob(Farms.request(files, "1", null, 1), UUID.randomUUID().toString()).job();
    try (NoticeSubscriber subscriber =
        NoticeSubscriber.builder(artist, key).after(from).job(job.id()).start(got::add)) {
      Farms.waitFor(artist, job.id(), JobStatus.SUCCESS);
      Farms.waitFor(artist, other.id(), JobStatus.SUCCESS);
      long latest = artist.events(0, 0).latestSeq();
      await().atMost(Duration.ofSeconds(20)).until(() -> subscriber.lastSeq() >= latest);
      List<Event> truth = artist.events(from, 1000).events();

      assertThat(truth).anyMatch(e -> other.id().equals(e.jobId()));
      assertThat(seqs(got))
          .isNotEmpty()
          .isEqualTo(seqs(truth.stream().filter(e -> job.id().equals(e.jobId())).toList()));
    }
  }

  @Test
  void anUnknownKeyFailsWithTheClientsMessage() throws Exception {
    try (FarmClient stranger =
        FarmClient.builder().farm(farm.url()).key("not-a-key").retries(Farms.QUICK).build()) {
      assertThatThrownBy(() -> NoticeSubscriber.builder(stranger, "not-a-key").start(e -> {}))
          .isInstanceOf(NotAuthenticatedException.class)
          .hasMessage(
              "the farm at "
                  + stranger.farm()
                  + " does not know this key: run farmhand login again with a key the farm"
                  + " issued (or check --key and FARMHAND_KEY)");
    }
  }
}
