package dev.farmhand.farm.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.farmhand.core.protocol.Event;
import dev.farmhand.core.protocol.Role;
import dev.farmhand.core.protocol.Topics;
import dev.farmhand.core.status.JobStatus;
import dev.farmhand.farm.auth.KeyRing;
import dev.farmhand.farm.auth.Principal;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Clean sessions whose PUBACKs reach the broker after their DISCONNECT. Moquette 0.17 frees such a
 * session's in-flight messages on the DISCONNECT and frees them again on each late PUBACK; with a
 * reference-counted payload shared by every subscriber that ended a session loop for good (and
 * every session on it). The farm's payloads do not count references, so nothing is freed twice.
 */
class EmbeddedBrokerLateAckTest {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final KeyRing KEYS = new KeyRing();
  private static final String KEY = KEYS.issue(new Principal("studio", "artist", Role.USER));
  private static final String TOPIC = Topics.account("studio");
  private static final int SUBSCRIBE_ATTEMPTS = 3;
  private static final int ROUNDS = 20;

  private static final AtomicLong SEQ = new AtomicLong();

  // A broker of its own for each test: one that lost a session loop would fail the next test too.
  private EmbeddedBroker broker;
  private EmbeddedPublisher publisher;

  @BeforeEach
  void startBroker() throws Exception {
    broker = EmbeddedBroker.start(KEYS);
    publisher = new EmbeddedPublisher(broker);
  }

  @AfterEach
  void stopBroker() {
    try {
      publisher.close();
    } finally {
      broker.close();
    }
  }

  private static Event next() {
    return TestEvents.jobStatus(SEQ.incrementAndGet(), "studio", "j-1", JobStatus.RUNNING);
  }

  @Test
  void aCleanSessionThatAcknowledgesAfterItsDisconnectLeavesEverySessionLoopRunning()
      throws Exception {
    String lateId = "fh-studio-late-acker";
    List<Event> watched = new CopyOnWriteArrayList<>();
    MqttAsyncClient watcher = client("fh-studio-watcher", true, watched::add);
    try {
      List<Event> events = List.of(next(), next(), next());
      try (RawMqttClient late = rawSubscriber(lateId)) {
        events.forEach(publisher::publish);
        int[] ids = {late.nextPublishId(), late.nextPublishId(), late.nextPublishId()};

        late.send(
            RawMqttClient.disconnect(),
            RawMqttClient.pubAck(ids[0]),
            RawMqttClient.pubAck(ids[1]),
            RawMqttClient.pubAck(ids[2]));
        late.awaitClosedByBroker();
      }

      // The same client id has the same session loop, which runs its commands in order: this one
      // connects and subscribes only once the late PUBACKs are done with.
      BlockingQueue<Event> again = new LinkedBlockingQueue<>();
      MqttAsyncClient sameId = client(lateId, true, again::add);
      try {
        Event after = next();
        publisher.publish(after);

        assertThat(again.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isEqualTo(after);
        await().atMost(WAIT).until(() -> watched.size() == 4);
        assertThat(watched).containsExactly(events.get(0), events.get(1), events.get(2), after);
      } finally {
        close(sameId);
      }
    } finally {
      close(watcher);
    }
    assertThat(broker.sessionLoopFailures()).isZero();
    assertThat(broker.restarts()).isZero();
  }

  @Test
  @Tag("slow")
  void pahoCleanSessionsLeavingMidBurstBesideAPersistentOneLeaveEverySessionLoopRunning()
      throws Exception {
    Set<Long> downloaded = ConcurrentHashMap.newKeySet();
    MqttAsyncClient downloader =
        client("fh-studio-downloader", false, event -> downloaded.add(event.seq()));
    List<String> leavers = new ArrayList<>();
    long first = SEQ.get() + 1;
    try {
      for (int round = 0; round < ROUNDS; round++) {
        String id = "fh-studio-wait-" + round;
        leavers.add(id);
        leaveMidBurst(id);
      }
      long last = SEQ.get();

      await().atMost(WAIT).until(() -> downloaded.size() == last - first + 1);
      assertThat(downloaded)
          .containsExactlyInAnyOrderElementsOf(
              LongStream.rangeClosed(first, last).boxed().collect(Collectors.toList()));
      // Client ids spread over every session loop: each loop still answers a CONNECT.
      for (String id : leavers) {
        try (TestSubscriber again = TestSubscriber.connect(broker.url(), id, "studio", KEY)) {
          assertThat(again.isConnected()).as(id).isTrue();
        }
      }
    } finally {
      close(downloader);
    }
    assertThat(broker.sessionLoopFailures()).isZero();
    assertThat(broker.restarts()).isZero();
  }

  /**
   * A Paho clean session that takes five events of a burst of 200 and leaves at once while the rest
   * still come, with {@code disconnect(0)}: Paho then sends the PUBACKs of the events still in its
   * hands after its DISCONNECT.
   */
  private void leaveMidBurst(String clientId) throws Exception {
    CountDownLatch fifth = new CountDownLatch(5);
    MqttAsyncClient leaver = client(clientId, true, event -> fifth.countDown());
    Thread burst =
        new Thread(
            () -> {
              for (int i = 0; i < 200; i++) {
                publisher.publish(next());
              }
            },
            "burst-" + clientId);
    try {
      burst.start();
      assertThat(fifth.await(WAIT.toMillis(), TimeUnit.MILLISECONDS))
          .as("5 events arrived")
          .isTrue();
    } finally {
      close(leaver); // at once, while the burst goes on
      burst.join();
    }
  }

  /**
   * A raw clean session subscribed to the account topic, trying again when Moquette refuses a
   * SUBSCRIBE that came too soon after its CONNACK (see {@link PahoSubscribers#subscribed}).
   */
  private RawMqttClient rawSubscriber(String clientId) throws IOException {
    for (int attempt = 1; ; attempt++) {
      RawMqttClient client = RawMqttClient.connect(broker.url(), clientId, "studio", KEY);
      try {
        client.subscribe(TOPIC);
        return client;
      } catch (IOException e) {
        client.close();
        if (attempt == SUBSCRIBE_ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  private MqttAsyncClient client(String clientId, boolean clean, Consumer<Event> events)
      throws MqttException {
    return PahoSubscribers.subscribed(broker.url(), clientId, KEY, clean, TOPIC, events);
  }

  private static void close(MqttAsyncClient client) throws MqttException {
    PahoSubscribers.close(client);
  }
}
