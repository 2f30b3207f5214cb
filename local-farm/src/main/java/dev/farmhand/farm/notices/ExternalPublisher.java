package dev.farmhand.farm.notices;

import dev.farmhand.core.protocol.Event;
import dev.farmhand.core.protocol.Json;
import dev.farmhand.core.protocol.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.paho.client.mqttv3.IMqttActionListener;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes events to an external MQTT broker ({@code farmhand farm start --mqtt-url}, e.g. a
 * Mosquitto): each to its account's topic and, when it concerns a job, to the job's topic; QoS 1,
 * not retained, the payload the event's JSON ({@link Json#write}). The farm's users then connect to
 * that broker, which must apply the per-account rules of docs/protocol.md itself.
 *
 * <p>It connects in the background with a stable client id and clean session off, and reconnects by
 * itself with backoff. {@link #publish} waits for the broker's acknowledgement (bounded); while the
 * broker is unreachable it logs and drops the event, which subscribers then read over REST. Close
 * it: its client threads keep the JVM alive otherwise. Thread-safe.
 */
public final class ExternalPublisher implements NoticePublisher {
  private static final Logger LOG = LoggerFactory.getLogger(ExternalPublisher.class);
  private static final Duration FIRST_RETRY = Duration.ofSeconds(1);

  private final MqttAsyncClient client;
  private final MqttConnectOptions options;
  private final Duration maxReconnectDelay;
  private final Duration publishTimeout;
  private final ScheduledExecutorService connector;
  private final AtomicLong droppedWhileAway = new AtomicLong();
  private volatile boolean everConnected;
  private volatile boolean closed;

  private ExternalPublisher(Builder builder) throws MqttException {
    this.maxReconnectDelay = builder.maxReconnectDelay;
    this.publishTimeout = builder.publishTimeout;
    this.client = new MqttAsyncClient(builder.url, builder.clientId, new MemoryPersistence());
    this.options = new MqttConnectOptions();
    options.setCleanSession(false);
    options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
    // Reconnects are this class's own, on a daemon thread: Paho's reconnect timer is a non-daemon
    // thread that close() does not stop while the broker is down.
    options.setAutomaticReconnect(false);
    options.setMaxInflight(1000);
    options.setConnectionTimeout(10);
    options.setKeepAliveInterval(30);
    builder.username.ifPresent(options::setUserName);
    builder.password.ifPresent(p -> options.setPassword(p.toCharArray()));
    client.setCallback(new ConnectionLog());
    this.connector =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "farmhand-mqtt-connect: " + builder.clientId);
              thread.setDaemon(true);
              return thread;
            });
  }

  /**
   * A builder for a publisher to the broker at this URL ({@code tcp://host:1883}, {@code ssl://…}).
   */
  public static Builder builder(String url) {
    return new Builder(url);
  }

  /** The broker's URL. */
  public String url() {
    return client.getServerURI();
  }

  /** True while connected to the broker. */
  public boolean isConnected() {
    return client.isConnected();
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalStateException if this publisher is closed
   */
  @Override
  public void publish(Event event) {
    Objects.requireNonNull(event, "event");
    if (closed) {
      throw new IllegalStateException(
          "the MQTT publisher to " + url() + " is closed: event " + event.seq() + " not published");
    }
    if (!client.isConnected()) {
      if (droppedWhileAway.getAndIncrement() == 0) {
        LOG.warn(
            "MQTT broker {} unreachable: events are not pushed until it is back (from event {});"
                + " subscribers catch up over REST",
            url(),
            event.seq());
      }
      return;
    }
    byte[] payload = Json.write(event).getBytes(StandardCharsets.UTF_8);
    send(Topics.account(event.account()), payload, event);
    if (event.jobId() != null) {
      send(Topics.job(event.account(), event.jobId()), payload, event);
    }
  }

  private void send(String topic, byte[] payload, Event event) {
    try {
      client.publish(topic, payload, 1, false).waitForCompletion(publishTimeout.toMillis());
    } catch (MqttException e) {
      LOG.warn(
          "event {} of account '{}' not confirmed by MQTT broker {} on {}: {} (Paho reason {});"
              + " subscribers catch up over REST",
          event.seq(),
          event.account(),
          url(),
          topic,
          e.getMessage(),
          e.getReasonCode());
    }
  }

  private void connect(Duration delay) {
    if (closed) {
      return;
    }
    try {
      client.connect(
          options,
          null,
          new IMqttActionListener() {
            @Override
            public void onSuccess(IMqttToken token) {
              // connectComplete logs it.
            }

            @Override
            public void onFailure(IMqttToken token, Throwable failure) {
              LOG.warn(
                  "cannot connect to MQTT broker {}: {}; trying again in {} s",
                  url(),
                  failure.getMessage(),
                  delay.toSeconds());
              retry(delay, longer(delay));
            }
          });
    } catch (MqttException e) {
      LOG.warn("cannot connect to MQTT broker {}: {}", url(), e.getMessage());
      retry(delay, longer(delay));
    }
  }

  private Duration longer(Duration delay) {
    Duration doubled = delay.multipliedBy(2);
    return doubled.compareTo(maxReconnectDelay) > 0 ? maxReconnectDelay : doubled;
  }

  private void retry(Duration wait, Duration next) {
    if (closed) {
      return;
    }
    try {
      connector.schedule(() -> connect(next), wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.RejectedExecutionException e) {
      // Closed meanwhile.
    }
  }

  /** Disconnects and lets go of the client's threads. Calling it again does nothing. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    connector.shutdownNow();
    try {
      if (client.isConnected()) {
        client.disconnect(500).waitForCompletion(2000);
      }
    } catch (MqttException e) {
      LOG.debug("MQTT disconnect from {}: {}", url(), e.getMessage());
    } finally {
      try {
        client.close(true);
      } catch (MqttException e) {
        LOG.debug("MQTT client close for {}: {}", url(), e.getMessage());
      }
    }
  }

  private final class ConnectionLog implements MqttCallbackExtended {
    @Override
    public void connectComplete(boolean reconnect, String serverUri) {
      boolean again = everConnected;
      everConnected = true;
      long dropped = droppedWhileAway.getAndSet(0);
      LOG.info(
          "MQTT publisher {} to {}{}",
          again ? "reconnected" : "connected",
          serverUri,
          dropped == 0 ? "" : "; " + dropped + " events were not pushed while it was away");
    }

    @Override
    public void connectionLost(Throwable cause) {
      if (closed) {
        return;
      }
      LOG.warn("MQTT publisher lost {}: {}; reconnecting", url(), cause.getMessage());
      retry(Duration.ZERO, FIRST_RETRY);
    }

    @Override
    public void messageArrived(String topic, org.eclipse.paho.client.mqttv3.MqttMessage message) {
      // It subscribes to nothing.
    }

    @Override
    public void deliveryComplete(org.eclipse.paho.client.mqttv3.IMqttDeliveryToken token) {
      // publish waits for its own token.
    }
  }

  /** Settings of an external publisher, each checked when it is set. Not thread-safe. */
  public static final class Builder {
    private final String url;
    private String clientId = "farmhand-farm";
    private Optional<String> username = Optional.empty();
    private Optional<String> password = Optional.empty();
    private Duration maxReconnectDelay = Duration.ofSeconds(30);
    private Duration publishTimeout = Duration.ofSeconds(5);

    private Builder(String url) {
      Objects.requireNonNull(url, "url");
      if (!url.matches("(tcp|ssl|ws|wss)://.+")) {
        throw new IllegalArgumentException(
            "MQTT URL '" + url + "' is not tcp://HOST:PORT, ssl://…, ws://… or wss://…");
      }
      this.url = url;
    }

    /**
     * The client id, stable across restarts so the broker keeps the session; {@code farmhand-farm}
     * by default. Two farms on one broker need different ids.
     */
    public Builder clientId(String clientId) {
      Objects.requireNonNull(clientId, "clientId");
      if (clientId.isEmpty() || clientId.length() > 64) {
        throw new IllegalArgumentException(
            "MQTT client id '" + clientId + "' must be 1 to 64 characters");
      }
      this.clientId = clientId;
      return this;
    }

    /** The username and password the broker wants; none by default. */
    public Builder credentials(String username, String password) {
      this.username = Optional.of(Objects.requireNonNull(username, "username"));
      this.password = Optional.of(Objects.requireNonNull(password, "password"));
      return this;
    }

    /** The longest wait between two connection attempts; 30 s by default. */
    public Builder maxReconnectDelay(Duration delay) {
      if (delay.compareTo(FIRST_RETRY) < 0) {
        throw new IllegalArgumentException(
            "max reconnect delay is " + delay + ": use at least " + FIRST_RETRY);
      }
      this.maxReconnectDelay = delay;
      return this;
    }

    /** How long a publish waits for the broker's acknowledgement; 5 s by default. */
    public Builder publishTimeout(Duration timeout) {
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("publish timeout is " + timeout + ": make it positive");
      }
      this.publishTimeout = timeout;
      return this;
    }

    /**
     * Makes the publisher and starts connecting in the background; it does not wait for the broker,
     * which may come up later.
     *
     * @throws IllegalArgumentException if Paho refuses the URL or the client id
     */
    public ExternalPublisher start() {
      ExternalPublisher publisher;
      try {
        publisher = new ExternalPublisher(this);
      } catch (MqttException e) {
        throw new IllegalArgumentException(
            "cannot make an MQTT client for " + url + ": " + e.getMessage(), e);
      }
      publisher.connect(FIRST_RETRY);
      return publisher;
    }
  }
}
