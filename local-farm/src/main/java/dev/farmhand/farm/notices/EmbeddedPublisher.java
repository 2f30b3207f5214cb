package dev.farmhand.farm.notices;

import dev.farmhand.core.protocol.Event;
import dev.farmhand.core.protocol.Json;
import dev.farmhand.core.protocol.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes events through the farm's own {@link EmbeddedBroker}, from inside it: each event to its
 * account's topic and, when it concerns a job, to the job's topic; QoS 1, not retained, the payload
 * the event's JSON ({@link Json#write}). {@link #publish} returns once every subscriber's session
 * holds the event, so a burst cannot overrun the broker's queues. A failure is logged and the farm
 * goes on: subscribers catch up over REST.
 *
 * <p>Closing it does not stop the broker, which the farm closes itself. Thread-safe; events
 * published from one thread arrive in that order.
 */
public final class EmbeddedPublisher implements NoticePublisher {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPublisher.class);
  private static final Duration ROUTING_TIMEOUT = Duration.ofSeconds(10);

  private final EmbeddedBroker broker;
  private volatile boolean closed;

  /** A publisher to this broker. */
  public EmbeddedPublisher(EmbeddedBroker broker) {
    this.broker = Objects.requireNonNull(broker, "broker");
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
          "the MQTT publisher is closed: event " + event.seq() + " was not published");
    }
    byte[] payload = Json.write(event).getBytes(StandardCharsets.UTF_8);
    send(Topics.account(event.account()), payload, event);
    if (event.jobId() != null) {
      send(Topics.job(event.account(), event.jobId()), payload, event);
    }
  }

  private void send(String topic, byte[] payload, Event event) {
    try {
      broker.publish(topic, payload).get(ROUTING_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      missed(topic, event, "interrupted");
    } catch (ExecutionException e) {
      missed(topic, event, String.valueOf(e.getCause().getMessage()));
    } catch (TimeoutException e) {
      missed(
          topic, event, "the broker did not take it within " + ROUTING_TIMEOUT.toSeconds() + " s");
    } catch (IllegalStateException e) {
      missed(topic, event, e.getMessage());
    }
  }

  private static void missed(String topic, Event event, String reason) {
    LOG.warn(
        "event {} of account '{}' not pushed to {}: {}; subscribers catch up over REST",
        event.seq(),
        event.account(),
        topic,
        reason);
  }

  @Override
  public void close() {
    closed = true;
  }
}
