package dev.farmhand.farm.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.farmhand.core.protocol.Event;
import dev.farmhand.core.protocol.Json;
import dev.farmhand.core.protocol.Role;
import dev.farmhand.core.protocol.Topics;
import dev.farmhand.core.status.JobStatus;
import dev.farmhand.farm.auth.KeyRing;
import dev.farmhand.farm.auth.Principal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The broker heals itself when one of Moquette's session loops dies. A real loop cannot be made to
 * die on demand once the farm's payloads no longer trip Moquette, so these tests report the failure
 * to the broker as Moquette's interceptor would, from another thread.
 */
class EmbeddedBrokerRestartTest {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final KeyRing KEYS = new KeyRing();
  private static final String KEY = KEYS.issue(new Principal("studio", "artist", Role.USER));
  private static final String TOPIC = Topics.account("studio");
  private static final int FIRST_SERVER = 0;
  private static final AtomicLong SEQ = new AtomicLong();

  private static Event next() {
    return TestEvents.jobStatus(SEQ.incrementAndGet(), "studio", "j-1", JobStatus.RUNNING);
  }

  private static void loopDies(EmbeddedBroker broker, int server) throws InterruptedException {
    Thread loop =
        new Thread(
            () ->
                broker.sessionLoopFailed(
                    server, new IllegalStateException("injected: a session command threw")),
            "Session Executor 0");
    loop.start();
    loop.join();
  }

  @Test
  void whenASessionLoopDiesItRestartsOnTheSamePortAndClientsThatReconnectGetEventsAgain()
      throws Exception {
    try (EmbeddedBroker broker = EmbeddedBroker.start(KEYS);
        EmbeddedPublisher publisher = new EmbeddedPublisher(broker)) {
      BlockingQueue<Event> before = new LinkedBlockingQueue<>();
      MqttAsyncClient first = subscriber(broker, "fh-studio-first", true, before);
      try {
        Event event = next();
        publisher.publish(event);
        assertThat(before.poll(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(event);

        loopDies(broker, FIRST_SERVER);

        await().atMost(WAIT).until(() -> broker.restarts() == 1);
        await().atMost(WAIT).until(() -> !first.isConnected());
      } finally {
        first.close(true);
      }
      BlockingQueue<Event> after = new LinkedBlockingQueue<>();
      MqttAsyncClient second = subscriber(broker, "fh-studio-first", true, after);
      try {
        Event event = next();
        publisher.publish(event);

        assertThat(after.poll(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(event);
        assertThat(broker.url()).endsWith(":" + broker.port());
        assertThat(broker.sessionLoopFailures()).isEqualTo(1);
      } finally {
        close(second);
      }
    }
  }

  @Test
  void twoLoopsOfOneServerDyingRestartItOnceAndALateReportFromItChangesNothing() throws Exception {
    try (EmbeddedBroker broker = EmbeddedBroker.start(KEYS)) {
      loopDies(broker, FIRST_SERVER);
      loopDies(broker, FIRST_SERVER);
      await().atMost(WAIT).until(() -> broker.restarts() == 1);

      loopDies(broker, FIRST_SERVER);

      assertThat(broker.publish(TOPIC, payload(next()))).succeedsWithin(WAIT);
      assertThat(broker.restarts()).isEqualTo(1);
      assertThat(broker.sessionLoopFailures()).isEqualTo(3);
    }
  }

  @Test
  void closingItWhileItRestartsStopsItForGood() throws Exception {
    EmbeddedBroker broker = EmbeddedBroker.start(KEYS);
    loopDies(broker, FIRST_SERVER);

    broker.close();

    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(new InetSocketAddress(InetAddress.getByName(broker.host()), broker.port()));
    }
    assertThatThrownBy(() -> broker.publish(TOPIC, payload(next())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the MQTT broker at " + broker.url() + " is closed");
  }

  @Test
  void aPersistentSessionAndWhatWasQueuedForItOutliveTheRestart(@TempDir Path data)
      throws Exception {
    try (EmbeddedBroker broker = EmbeddedBroker.builder(KEYS).dataFolder(data).start();
        EmbeddedPublisher publisher = new EmbeddedPublisher(broker)) {
      BlockingQueue<Event> got = new LinkedBlockingQueue<>();
      close(subscriber(broker, "fh-studio-downloader", false, got));
      Event whileAway = next();
      publisher.publish(whileAway);

      loopDies(broker, FIRST_SERVER);
      await().atMost(WAIT).until(() -> broker.restarts() == 1);

      MqttAsyncClient back =
          PahoSubscribers.connected(broker.url(), "fh-studio-downloader", KEY, false, got::add);
      try {
        assertThat(got.poll(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(whileAway);
      } finally {
        close(back);
      }
    }
  }

  private static byte[] payload(Event event) {
    return Json.write(event).getBytes(StandardCharsets.UTF_8);
  }

  private static MqttAsyncClient subscriber(
      EmbeddedBroker broker, String clientId, boolean clean, BlockingQueue<Event> into)
      throws MqttException {
    return PahoSubscribers.subscribed(broker.url(), clientId, KEY, clean, TOPIC, into::add);
  }

  private static void close(MqttAsyncClient client) throws MqttException {
    PahoSubscribers.close(client);
  }
}
