package dev.farmhand.farm.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.farmhand.core.protocol.Event;
import dev.farmhand.core.protocol.Json;
import dev.farmhand.core.protocol.Role;
import dev.farmhand.core.protocol.Topics;
import dev.farmhand.core.status.JobStatus;
import dev.farmhand.core.status.TaskStatus;
import dev.farmhand.farm.auth.ApiKeys;
import dev.farmhand.farm.auth.KeyRing;
import dev.farmhand.farm.auth.Principal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.awaitility.Awaitility;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The embedded broker and its publisher, with real Paho v3 clients over loopback. */
class EmbeddedBrokerTest {
  private static final int REFUSED = 0x80;
  private static final Duration WAIT = Duration.ofSeconds(10);

  private static final KeyRing KEYS = new KeyRing();
  private static final String STUDIO_KEY = KEYS.issue(new Principal("studio", "artist", Role.USER));
  private static final String OTHER_KEY = KEYS.issue(new Principal("other", "artist", Role.USER));
  private static final String STUDIO_X_KEY =
      KEYS.issue(new Principal("studio-x", "artist", Role.USER));

  private static EmbeddedBroker broker;
  private static EmbeddedPublisher publisher;

  /** Sequence numbers go on rising across tests, as they would on a farm. */
  private static final AtomicLong SEQ = new AtomicLong();

  private final List<TestSubscriber> clients = new ArrayList<>();

  @BeforeAll
  static void startBroker() throws Exception {
    Awaitility.setDefaultPollDelay(Duration.ZERO);
    Awaitility.setDefaultPollInterval(Duration.ofMillis(10));
    broker = EmbeddedBroker.start(KEYS);
    publisher = new EmbeddedPublisher(broker);
  }

  @AfterAll
  static void stopBroker() {
    Awaitility.reset();
    try {
      publisher.close();
    } finally {
      broker.close();
    }
  }

  @AfterEach
  void closeClients() {
    clients.forEach(TestSubscriber::close);
  }

  private TestSubscriber connect(String clientId, String username, String password)
      throws MqttException {
    TestSubscriber client = TestSubscriber.connect(broker.url(), clientId, username, password);
    clients.add(client);
    return client;
  }

  private TestSubscriber studio() throws MqttException {
    return connect("fh-studio-test-" + UUID.randomUUID(), "studio", STUDIO_KEY);
  }

  private static long seq() {
    return SEQ.incrementAndGet();
  }

  @Test
  void itListensOnLoopbackAtThePortItReports() {
    assertThat(broker.url()).isEqualTo("tcp://127.0.0.1:" + broker.port());
    assertThat(broker.port()).isPositive();
    assertThat(broker.websocketUrl()).isEmpty();
  }

  @Test
  void aSubscriberReceivesItsAccountsEventsInOrderAndEachJobsOnTheJobTopic() throws Exception {
    TestSubscriber account = studio();
    TestSubscriber job = studio();
    assertThat(account.subscribe(Topics.account("studio"))).containsExactly(1);
    assertThat(job.subscribe(Topics.job("studio", "j-1"))).containsExactly(1);
    List<Event> events =
        List.of(
            TestEvents.jobStatus(seq(), "studio", "j-1", JobStatus.PENDING),
            TestEvents.jobStatus(seq(), "studio", "j-2", JobStatus.PENDING),
            TestEvents.taskStatus(seq(), "studio", "j-1", "t-1", TaskStatus.RUNNING),
            TestEvents.accountOnly(seq(), "studio"),
            TestEvents.jobStatus(seq(), "studio", "j-1", JobStatus.SUCCESS));

    events.forEach(publisher::publish);

    await().atMost(WAIT).until(() -> account.received().size() == 5);
    await().atMost(WAIT).until(() -> job.received().size() == 3);
    assertThat(account.received())
        .allMatch(r -> r.topic().equals(Topics.account("studio")))
        .extracting(TestSubscriber.Received::event)
        .containsExactlyElementsOf(events);
    assertThat(job.received())
        .allMatch(r -> r.topic().equals(Topics.job("studio", "j-1")))
        .extracting(TestSubscriber.Received::event)
        .containsExactly(events.get(0), events.get(2), events.get(4));
    assertThat(new String(account.received().get(0).payload(), StandardCharsets.UTF_8))
        .isEqualTo(Json.write(events.get(0)));
  }

  @Test
  void aClientCannotSubscribeToAnotherAccountsTopicsNorToWildcardsThatReachThem() throws Exception {
    TestSubscriber client = studio();
    String[] refused = {
      Topics.account("other"),
      Topics.job("other", "j-1"),
      Topics.accountFilter("other"),
      "#",
      "farmhand/#",
      "farmhand/v1/accounts/#",
      "farmhand/v1/accounts/+/events",
      "farmhand/v1/+/studio/events",
      "+/v1/accounts/studio/events",
      "farmhand/v1/accounts/studio",
      "farmhand/v1/accounts/studio-x/events",
      "$SYS/#",
    };

    for (String filter : refused) {
      assertThat(client.subscribe(filter)).as(filter).containsExactly(REFUSED);
    }
    assertThat(client.subscribe(Topics.account("other"), Topics.account("studio")))
        .containsExactly(REFUSED, 1);
    assertThat(client.isConnected()).isTrue();
    assertThat(
            studio().subscribe(Topics.accountFilter("studio"), "farmhand/v1/accounts/studio/+/#"))
        .containsExactly(1, 1);

    Event others = TestEvents.jobStatus(seq(), "other", "j-1", JobStatus.RUNNING);
    Event studios = TestEvents.jobStatus(seq(), "studio", "j-9", JobStatus.RUNNING);
    publisher.publish(others);
    publisher.publish(studios);

    // Both reach the broker in this order; once studio's has arrived, other's would have too.
    await().atMost(WAIT).until(() -> !client.received().isEmpty());
    assertThat(client.received())
        .extracting(TestSubscriber.Received::event)
        .containsExactly(studios);
  }

  @Test
  void aWrongKeyAnotherAccountsKeyOrNoCredentialsCannotConnect() {
    String id = "fh-studio-test-refused";
    assertRefused(() -> connect(id, "studio", ApiKeys.generate()));
    assertRefused(() -> connect(id, "studio", OTHER_KEY));
    assertRefused(() -> connect(id, "studio", ""));
    assertRefused(() -> connect(id, "studio", null));
    assertRefused(() -> connect(id, null, null));
    assertRefused(() -> connect("fh-other-test-refused", "other", STUDIO_KEY));
  }

  @Test
  void aClientIdMustStartWithItsOwnAccountsPrefix() throws Exception {
    assertRefused(() -> connect("panel", "studio", STUDIO_KEY));
    assertRefused(() -> connect("fh-studio-", "studio", STUDIO_KEY));
    assertRefused(() -> connect("fh-other-panel", "studio", STUDIO_KEY));
    assertRefused(() -> connect("fh-studio-" + "x".repeat(55), "studio", STUDIO_KEY));
    // Account studio-x owns fh-studio-x-…, so studio cannot take over its sessions.
    assertRefused(() -> connect("fh-studio-x-panel", "studio", STUDIO_KEY));

    assertThat(connect("fh-studio-x-panel", "studio-x", STUDIO_X_KEY).isConnected()).isTrue();
    assertThat(connect("fh-studio-" + "x".repeat(54), "studio", STUDIO_KEY).isConnected()).isTrue();
  }

  private static void assertRefused(ThrowingConnect connect) {
    assertThatThrownBy(connect::run)
        .isInstanceOfSatisfying(
            MqttException.class,
            e ->
                assertThat(e.getReasonCode())
                    .as(e.getMessage())
                    .isEqualTo(MqttException.REASON_CODE_FAILED_AUTHENTICATION));
  }

  private interface ThrowingConnect {
    void run() throws Exception;
  }

  @Test
  void aClientsPublishIsDroppedAndNoSubscriberSeesIt() throws Exception {
    TestSubscriber listener = studio();
    listener.subscribe(Topics.accountFilter("studio"));
    TestSubscriber intruder = studio();
    Event forged = TestEvents.jobStatus(seq(), "studio", "j-1", JobStatus.KILLED);
    byte[] payload = Json.write(forged).getBytes(StandardCharsets.UTF_8);

    intruder.publishQos0(Topics.account("studio"), payload);
    intruder.publishQos0(Topics.job("studio", "j-1"), payload);
    Event real = TestEvents.jobStatus(seq(), "studio", "j-1", JobStatus.RUNNING);
    publisher.publish(real);

    await().atMost(WAIT).until(() -> listener.received().size() >= 2);
    assertThat(listener.received())
        .extracting(TestSubscriber.Received::event)
        .containsExactly(real, real);
  }

  @Test
  void aThousandEventsPublishedBackToBackAllArriveOnceInOrder() throws Exception {
    TestSubscriber client = studio();
    client.subscribe(Topics.account("studio"));
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      events.add(TestEvents.jobStatus(seq(), "studio", "j-" + (i % 7), JobStatus.RUNNING));
    }

    events.forEach(publisher::publish);

    await().atMost(WAIT).until(() -> client.received().size() >= 1000);
    assertThat(client.received())
        .noneMatch(TestSubscriber.Received::duplicate)
        .extracting(TestSubscriber.Received::event)
        .containsExactlyElementsOf(events);
  }

  @Test
  void oneEventAtATimeArrivesWithinMilliseconds() throws Exception {
    TestSubscriber client = studio();
    client.subscribe(Topics.account("studio"));
    int rounds = 300;
    long[] micros = new long[rounds];
    for (int i = 0; i < rounds; i++) {
      Event event = TestEvents.accountOnly(seq(), "studio");
      long before = System.nanoTime();
      publisher.publish(event);
      TestSubscriber.Received arrival = client.next();
      micros[i] = (arrival.nanoTime() - before) / 1000;
      assertThat(arrival.event()).isEqualTo(event);
    }

    Arrays.sort(micros);
    long p50 = micros[rounds / 2];
    long p99 = micros[rounds * 99 / 100];
    System.out.printf(
        "embedded broker, publish to receive over loopback, %d events one at a time:"
            + " p50 %.3f ms, p99 %.3f ms%n",
        rounds, p50 / 1000.0, p99 / 1000.0);
    assertThat(p50).as("p50 in µs").isLessThan(50_000);
  }
}
