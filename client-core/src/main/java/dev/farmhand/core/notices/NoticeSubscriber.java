package dev.farmhand.core.notices;

import dev.farmhand.core.client.FarmClient;
import dev.farmhand.core.protocol.Event;
import dev.farmhand.core.protocol.Json;
import dev.farmhand.core.protocol.MalformedPayloadException;
import dev.farmhand.core.protocol.NoticesInfo;
import dev.farmhand.core.protocol.Nullable;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows an account's events: every event once, in {@code seq} order, whatever MQTT does. MQTT is
 * the fast path, REST the truth: on every (re)connect it subscribes first, then catches up through
 * {@code events?after=last} before handing on anything newer; a pushed event at or below the last
 * {@code seq} handed on is a duplicate and dropped; one that jumps ahead first triggers a catch-up.
 * While the broker cannot be reached it keeps reconnecting with backoff and polls REST meanwhile,
 * so nothing waits on a dead broker; while it is up, REST is still read every 30 s, so a lost
 * message followed by silence is caught too.
 *
 * <p>Listeners run on one dispatcher thread per subscriber (never an MQTT thread), one event at a
 * time. Every thread it starts is a daemon; {@link #close()} stops them all. Make one with {@link
 * #builder(FarmClient, String)}. Thread-safe.
 */
public final class NoticeSubscriber implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(NoticeSubscriber.class);

  /**
   * Even while MQTT is up, REST is read this often: a lost message followed by silence shows no gap
   * until the next event, so this bounds how late such an event can be.
   */
  static final Duration IDLE_CHECK = Duration.ofSeconds(30);

  /**
   * What the subscriber has done so far. Immutable.
   *
   * @param lastSeq the last sequence number handed on
   * @param delivered events handed on (including those the job filter left out)
   * @param duplicatesDropped pushed events dropped because they were handed on already
   * @param gaps pushed events that jumped ahead of the sequence
   * @param catchUps REST catch-ups started (each reconnect, gap and poll)
   * @param connects successful MQTT connections (with subscription)
   * @param connected whether MQTT is connected now
   * @param lastError why the last MQTT connection attempt failed; null after a success
   */
  public record Stats(
      long lastSeq,
      long delivered,
      long duplicatesDropped,
      long gaps,
      long catchUps,
      long connects,
      boolean connected,
      @Nullable String lastError) {}

  private final String name;
  private final @Nullable String jobId;
  private final @Nullable Function<Event, List<Event>> arrivalHook;
  private final NoticeListener listener;
  private final ScheduledExecutorService dispatcher;
  private final EventSequencer sequencer;
  private final MqttLink link;
  private final AtomicBoolean closed = new AtomicBoolean();
  private long lastPollNanos = System.nanoTime();

  private NoticeSubscriber(
      NoticeSubscriberBuilder settings, NoticeListener listener, NoticesInfo info, long after)
      throws IOException {
    // Copied: the builder is not thread-safe and its caller may reuse it.
    this.name = settings.name;
    this.jobId = settings.jobId;
    this.arrivalHook = settings.arrivalHook;
    this.listener = listener;
    this.dispatcher =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "notices-dispatch-" + settings.name);
              thread.setDaemon(true);
              return thread;
            });
    FarmClient client = settings.client;
    this.sequencer =
        new EventSequencer(
            after,
            client::events,
            this::handOn,
            settings.seqFile == null ? null : new SeqFile(settings.seqFile));
    try {
      this.link =
          new MqttLink(
              new MqttLink.Target(
                  info.brokerUrl(),
                  info.username(),
                  settings.key,
                  info.clientIdPrefix() + settings.name,
                  info.accountTopic(),
                  !settings.persistentSession),
              settings.minBackoff,
              settings.maxBackoff,
              () -> dispatch(sequencer::catchUp),
              this::arrived);
    } catch (MqttException e) {
      dispatcher.shutdownNow();
      throw new IOException(
          "cannot set up an MQTT client for " + info.brokerUrl() + ": " + e.getMessage(), e);
    }
  }

  /**
   * A builder for a subscriber to the account of this client's key.
   *
   * @param key the client's API key: the MQTT password (never logged)
   */
  public static NoticeSubscriberBuilder builder(FarmClient client, String key) {
    return new NoticeSubscriberBuilder(client, key);
  }

  /** Called by the builder: reads where to connect and where to start, then starts. */
  static NoticeSubscriber start(NoticeSubscriberBuilder settings, NoticeListener listener)
      throws IOException {
    NoticesInfo info = settings.client.notices();
    long after = startAfter(settings);
    NoticeSubscriber subscriber = new NoticeSubscriber(settings, listener, info, after);
    long poll = settings.pollInterval.toMillis();
    subscriber.dispatcher.scheduleWithFixedDelay(
        subscriber::pollIfNeeded, poll, poll, TimeUnit.MILLISECONDS);
    subscriber.link.start();
    return subscriber;
  }

  private static long startAfter(NoticeSubscriberBuilder settings) throws IOException {
    if (settings.seqFile != null) {
      OptionalLong stored = new SeqFile(settings.seqFile).read();
      if (stored.isPresent()) {
        return stored.getAsLong();
      }
    }
    if (settings.after != null) {
      return settings.after;
    }
    return settings.client.events(0, 0).latestSeq();
  }

  private void pollIfNeeded() {
    long now = System.nanoTime();
    if (!link.connected()
        || sequencer.catchUpPending()
        || now - lastPollNanos >= IDLE_CHECK.toNanos()) {
      lastPollNanos = now;
      sequencer.catchUp();
    }
  }

  private void arrived(byte[] payload) {
    Event event;
    try {
      event = Json.read(payload, Event.class);
    } catch (MalformedPayloadException e) {
      // The sequence has a hole where it was: the next event or poll catches it up from REST.
      LOG.warn("dropped an MQTT message that is not an event: {}", e.getMessage());
      return;
    }
    for (Event each : arrivalHook == null ? List.of(event) : arrivalHook.apply(event)) {
      dispatch(() -> sequencer.onPush(each));
    }
  }

  private void dispatch(Runnable task) {
    try {
      dispatcher.execute(task);
    } catch (RejectedExecutionException e) {
      // Closed.
    }
  }

  private void handOn(Event event) {
    if (jobId != null && !jobId.equals(event.jobId())) {
      return;
    }
    try {
      listener.onEvent(event);
    } catch (RuntimeException e) {
      LOG.warn("a notice listener failed on event {}; going on", event.seq(), e);
    }
  }

  /** The last sequence number handed on. */
  public long lastSeq() {
    return sequencer.last();
  }

  /** What it has done so far. */
  public Stats stats() {
    return new Stats(
        sequencer.last(),
        sequencer.delivered.get(),
        sequencer.duplicates.get(),
        sequencer.gaps.get(),
        sequencer.catchUps.get(),
        link.connects(),
        link.connected(),
        link.lastError());
  }

  /**
   * Drops the MQTT network connection without a goodbye, as a network failure would; it reconnects
   * and catches up as after any loss. For tests and diagnostics.
   */
  public void dropConnection() throws IOException {
    try {
      link.dropConnection();
    } catch (MqttException e) {
      throw new IOException("cannot drop the MQTT connection: " + e.getMessage(), e);
    }
  }

  /**
   * Stops: disconnects, lets the threads go, and waits briefly for the listener to finish the event
   * in hand. Idempotent.
   */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      try {
        link.close();
      } finally {
        dispatcher.shutdown();
        try {
          if (!dispatcher.awaitTermination(2, TimeUnit.SECONDS)) {
            dispatcher.shutdownNow();
          }
        } catch (InterruptedException e) {
          dispatcher.shutdownNow();
          Thread.currentThread().interrupt();
        }
      }
    }
  }

  @Override
  public String toString() {
    return "NoticeSubscriber[" + name + ", after seq " + sequencer.last() + "]";
  }
}
