package dev.farmhand.farm.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.farmhand.core.protocol.Event;
import dev.farmhand.core.protocol.Topics;
import dev.farmhand.core.status.JobStatus;
import dev.farmhand.core.status.TaskStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ExternalPublisher} against a real Mosquitto, started by the test on a free port. */
@Tag("mosquitto")
class ExternalPublisherTest {
  private static final Duration WAIT = Duration.ofSeconds(15);
  private static final AtomicLong SEQ = new AtomicLong();

  @TempDir static Path folder;

  private static MosquittoProcess mosquitto;

  @BeforeAll
  static void startMosquitto() throws Exception {
    Awaitility.setDefaultPollDelay(Duration.ZERO);
    Awaitility.setDefaultPollInterval(Duration.ofMillis(10));
    assumeTrue(
        MosquittoProcess.installed(),
        MosquittoProcess.EXECUTABLE + " is absent: install Debian's mosquitto to run this test");
    mosquitto = MosquittoProcess.start(folder, MosquittoProcess.freePort());
  }

  @AfterAll
  static void stopMosquitto() {
    Awaitility.reset();
    if (mosquitto != null) {
      mosquitto.close();
    }
  }

  private static long seq() {
    return SEQ.incrementAndGet();
  }

  private static ExternalPublisher publisher(String url) {
    return ExternalPublisher.builder(url)
        .clientId("farmhand-farm-test-" + UUID.randomUUID().toString().substring(0, 8))
        .maxReconnectDelay(Duration.ofSeconds(2))
        .start();
  }

  private static TestSubscriber subscriber(String url, String... filters) throws Exception {
    TestSubscriber subscriber =
        TestSubscriber.connect(url, "fh-studio-test-" + UUID.randomUUID(), null, null);
    assertThat(subscriber.subscribe(filters)).containsOnly(1);
    return subscriber;
  }

  @Test
  void eventsReachMosquittoOnTheAccountAndJobTopicsInOrder() throws Exception {
    try (ExternalPublisher publisher = publisher(mosquitto.url());
        TestSubscriber account = subscriber(mosquitto.url(), Topics.account("studio"));
        TestSubscriber job = subscriber(mosquitto.url(), Topics.job("studio", "j-1"))) {
      await().atMost(WAIT).until(publisher::isConnected);
      List<Event> events =
          List.of(
              TestEvents.jobStatus(seq(), "studio", "j-1", JobStatus.PENDING),
              TestEvents.taskStatus(seq(), "studio", "j-1", "t-1", TaskStatus.RUNNING),
              TestEvents.accountOnly(seq(), "studio"),
              TestEvents.jobStatus(seq(), "studio", "j-2", JobStatus.PENDING));

      events.forEach(publisher::publish);

      await().atMost(WAIT).until(() -> account.received().size() == 4);
      await().atMost(WAIT).until(() -> job.received().size() == 2);
      assertThat(account.received())
          .extracting(TestSubscriber.Received::event)
          .containsExactlyElementsOf(events);
      assertThat(job.received())
          .extracting(TestSubscriber.Received::event)
          .containsExactly(events.get(0), events.get(1));
    }
  }

  @Test
  void aThousandEventsPublishedBackToBackAllArriveOnceInOrder() throws Exception {
    try (ExternalPublisher publisher = publisher(mosquitto.url());
        TestSubscriber account = subscriber(mosquitto.url(), Topics.account("studio"))) {
      await().atMost(WAIT).until(publisher::isConnected);
      List<Event> events = new ArrayList<>();
      for (int i = 0; i < 1000; i++) {
        events.add(TestEvents.jobStatus(seq(), "studio", "j-" + (i % 7), JobStatus.RUNNING));
      }

      events.forEach(publisher::publish);

      await().atMost(WAIT).until(() -> account.received().size() >= 1000);
      assertThat(account.received())
          .extracting(TestSubscriber.Received::event)
          .containsExactlyElementsOf(events);
    }
  }

  @Test
  void whileItsBrokerIsDownItDropsEventsAndGoesOnThenConnectsWhenTheBrokerComes() throws Exception {
    int port = MosquittoProcess.freePort();
    String url = "tcp://127.0.0.1:" + port;
    try (ExternalPublisher publisher = publisher(url)) {
      Event lost = TestEvents.jobStatus(seq(), "studio", "j-1", JobStatus.RUNNING);
      long before = System.nanoTime();
      publisher.publish(lost);
      assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(1));
      assertThat(publisher.isConnected()).isFalse();

      try (MosquittoProcess late = MosquittoProcess.start(folder, port)) {
        await().atMost(WAIT).until(publisher::isConnected);
        try (TestSubscriber account = subscriber(late.url(), Topics.account("studio"))) {
          Event pushed = TestEvents.jobStatus(seq(), "studio", "j-1", JobStatus.SUCCESS);
          publisher.publish(pushed);

          await().atMost(WAIT).until(() -> !account.received().isEmpty());
          assertThat(account.received())
              .extracting(TestSubscriber.Received::event)
              .containsExactly(pushed);
        }
      }

      await().atMost(WAIT).until(() -> !publisher.isConnected());
      publisher.publish(TestEvents.accountOnly(seq(), "studio"));
      try (MosquittoProcess again = MosquittoProcess.start(folder, port);
          TestSubscriber account = subscriber(again.url(), Topics.account("studio"))) {
        await().atMost(WAIT).until(publisher::isConnected);
        Event afterReconnect = TestEvents.accountOnly(seq(), "studio");
        publisher.publish(afterReconnect);

        await().atMost(WAIT).until(() -> !account.received().isEmpty());
        assertThat(account.received())
            .extracting(TestSubscriber.Received::event)
            .containsExactly(afterReconnect);
      }
    }
  }

  @Test
  void closingWhileItsBrokerIsDownLeavesNoClientThreads() throws Exception {
    String clientId = "farmhand-farm-test-" + UUID.randomUUID().toString().substring(0, 8);
    ExternalPublisher publisher =
        ExternalPublisher.builder("tcp://127.0.0.1:" + MosquittoProcess.freePort())
            .clientId(clientId)
            .start();
    await().atMost(WAIT).until(() -> threadsNamed(clientId) > 0);

    publisher.close();

    await().atMost(WAIT).until(() -> threadsNamed(clientId) == 0);
  }

  private static long threadsNamed(String part) {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.isAlive() && t.getName().contains(part))
        .count();
  }

  @Test
  void aClosedPublisherRefusesToPublish() {
    ExternalPublisher publisher = publisher(mosquitto.url());
    publisher.close();
    publisher.close();

    assertThatThrownBy(() -> publisher.publish(TestEvents.accountOnly(seq(), "studio")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "the MQTT publisher to "
                + mosquitto.url()
                + " is closed: event "
                + SEQ.get()
                + " not published");
  }
}
