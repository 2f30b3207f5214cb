package dev.farmhand.core.notices;

import dev.farmhand.core.protocol.Nullable;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.ScheduledExecutorPingSender;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Paho v3 connection that stays up: connects (MQTT 3.1.1, QoS 1, in-flight window 1000),
 * subscribes, then tells {@code onSubscribed}; when the connection drops it reconnects with
 * exponential backoff and jitter on its own daemon thread (not Paho's automatic reconnect, whose
 * timer thread is not a daemon). Paho's own threads run on a daemon pool too. Thread-safe.
 *
 * <p>It acknowledges each message itself, once {@code onMessage} has it, and never after it has
 * begun to close: Paho's own acknowledgements can follow its DISCONNECT on the wire, and a broker
 * may mishandle an acknowledgement for a session it has already ended (Moquette 0.17 releases the
 * message a second time). A message that arrives while it closes is left unacknowledged: a
 * persistent session gets it again, a clean one drops it, and REST has it either way.
 */
final class MqttLink implements AutoCloseable {
  /** Where and as whom to connect, and what to subscribe to. */
  record Target(
      String brokerUrl,
      String username,
      String key,
      String clientId,
      String topic,
      boolean cleanSession) {}

  private static final Logger LOG = LoggerFactory.getLogger(MqttLink.class);
  private static final AtomicInteger THREADS = new AtomicInteger();
  private static final int CONNECT_TIMEOUT_SECONDS = 10;
  private static final long GOODBYE_TIMEOUT_MILLIS = 1000;

  private final Target target;
  private final Duration minBackoff;
  private final Duration maxBackoff;
  private final Runnable onSubscribed;
  private final Consumer<byte[]> onMessage;
  private final ScheduledExecutorService pahoThreads;
  private final MqttAsyncClient client;
  private final Semaphore lost = new Semaphore(0);
  private final Thread connector;
  private final AtomicLong connects = new AtomicLong();
  private final Object acks = new Object();
  private boolean acking = true; // guarded by acks: false from the moment it begins to close
  private volatile boolean up;
  private volatile boolean closed;
  private volatile @Nullable String lastError;

  MqttLink(
      Target target,
      Duration minBackoff,
      Duration maxBackoff,
      Runnable onSubscribed,
      Consumer<byte[]> onMessage)
      throws MqttException {
    this.target = target;
    this.minBackoff = minBackoff;
    this.maxBackoff = maxBackoff;
    this.onSubscribed = onSubscribed;
    this.onMessage = onMessage;
    this.pahoThreads = Executors.newScheduledThreadPool(6, r -> daemon(r, "notices-mqtt-"));
    this.client =
        new MqttAsyncClient(
            target.brokerUrl(),
            target.clientId(),
            new MemoryPersistence(),
            new ScheduledExecutorPingSender(pahoThreads),
            pahoThreads);
    client.setManualAcks(true);
    client.setCallback(new Callback());
    this.connector = daemon(this::run, "notices-connect-");
  }

  private static Thread daemon(Runnable r, String prefix) {
    Thread thread = new Thread(r, prefix + THREADS.incrementAndGet());
    thread.setDaemon(true);
    return thread;
  }

  void start() {
    connector.start();
  }

  boolean connected() {
    return up && client.isConnected();
  }

  long connects() {
    return connects.get();
  }

  /** Why the last connection attempt failed; null after a success. */
  @Nullable
  String lastError() {
    return lastError;
  }

  /** Drops the network connection without a DISCONNECT, as a network failure would. */
  void dropConnection() throws MqttException {
    client.disconnectForcibly(0, 1000, false);
    up = false;
    lost.release();
  }

  private void run() {
    long delay = minBackoff.toMillis();
    while (!closed) {
      try {
        lost.drainPermits();
        connectAndSubscribe();
        delay = minBackoff.toMillis();
        lost.acquire();
        up = false;
        if (closed) {
          return;
        }
        LOG.info("lost the MQTT connection to {}; reconnecting", target.brokerUrl());
      } catch (MqttException e) {
        up = false;
        if (closed || e.getCause() instanceof InterruptedException) {
          return;
        }
        lastError = describe(e);
        LOG.warn("{}; trying again in about {} ms", lastError, delay);
        disconnectQuietly();
      } catch (InterruptedException e) {
        return;
      }
      try {
        long jittered = delay / 2 + ThreadLocalRandom.current().nextLong(delay / 2 + 1);
        Thread.sleep(jittered);
      } catch (InterruptedException e) {
        return;
      }
      delay = Math.min(maxBackoff.toMillis(), delay * 2);
    }
  }

  private void connectAndSubscribe() throws MqttException {
    MqttConnectOptions options = new MqttConnectOptions();
    options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
    options.setCleanSession(target.cleanSession());
    options.setMaxInflight(1000);
    options.setAutomaticReconnect(false);
    options.setConnectionTimeout(CONNECT_TIMEOUT_SECONDS);
    options.setKeepAliveInterval(30);
    options.setUserName(target.username());
    options.setPassword(target.key().toCharArray());
    client.connect(options).waitForCompletion();
    IMqttToken subscribed = client.subscribe(target.topic(), 1);
    subscribed.waitForCompletion();
    int granted = subscribed.getGrantedQos()[0];
    if (granted == 0x80) {
      throw new MqttException(MqttException.REASON_CODE_SUBSCRIBE_FAILED);
    }
    lastError = null;
    up = true;
    connects.incrementAndGet();
    onSubscribed.run();
  }

  private String describe(MqttException e) {
    String where = "the MQTT broker at " + target.brokerUrl();
    switch (e.getReasonCode()) {
      case MqttException.REASON_CODE_FAILED_AUTHENTICATION:
      case MqttException.REASON_CODE_NOT_AUTHORIZED:
        return where
            + " refused account '"
            + target.username()
            + "' with this key or client id '"
            + target.clientId()
            + "': check that the farm's broker knows the key";
      case MqttException.REASON_CODE_SUBSCRIBE_FAILED:
        return where + " refused the subscription to " + target.topic();
      default:
        return "cannot connect to "
            + where
            + " ("
            + e.getMessage()
            + (e.getCause() == null ? "" : ": " + e.getCause())
            + ")";
    }
  }

  private void disconnectQuietly() {
    try {
      if (client.isConnected()) {
        client.disconnectForcibly(0, 1000, false);
      }
    } catch (MqttException e) {
      // Already down.
    }
  }

  /** Acknowledges a message it has handed on, unless it has begun to close. */
  private void acknowledge(MqttMessage message) {
    synchronized (acks) {
      if (!acking) {
        return;
      }
      try {
        client.messageArrivedComplete(message.getId(), message.getQos());
      } catch (MqttException e) {
        // The connection is gone: the broker sends it again, or drops it with a clean session.
        LOG.debug("cannot acknowledge MQTT message {}: {}", message.getId(), e.toString());
      }
    }
  }

  /**
   * Disconnects and lets every thread go; idempotent. It stops acknowledging first, so no
   * acknowledgement follows its DISCONNECT; a clean session also unsubscribes first, so the broker
   * stops sending before the connection closes.
   */
  @Override
  public void close() {
    synchronized (acks) {
      acking = false;
    }
    closed = true;
    lost.release();
    connector.interrupt();
    try {
      if (client.isConnected()) {
        if (target.cleanSession()) {
          client.unsubscribe(target.topic()).waitForCompletion(GOODBYE_TIMEOUT_MILLIS);
        }
        client.disconnect(0).waitForCompletion(GOODBYE_TIMEOUT_MILLIS);
      }
    } catch (MqttException e) {
      disconnectQuietly();
    } finally {
      try {
        client.close(true);
      } catch (MqttException e) {
        // Nothing more to let go of.
      }
      pahoThreads.shutdownNow();
      try {
        connector.join(TimeUnit.SECONDS.toMillis(2));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private final class Callback implements MqttCallbackExtended {
    @Override
    public void connectComplete(boolean reconnect, String serverUri) {}

    @Override
    public void connectionLost(Throwable cause) {
      up = false;
      lost.release();
    }

    @Override
    public void messageArrived(String topic, MqttMessage message) {
      onMessage.accept(message.getPayload());
      acknowledge(message);
    }

    @Override
    public void deliveryComplete(IMqttDeliveryToken token) {}
  }
}
