package dev.farmhand.farm.notices;

import dev.farmhand.farm.auth.KeyRing;
import io.moquette.broker.RoutingResults;
import io.moquette.broker.Server;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.mqtt.MqttFixedHeader;
import io.netty.handler.codec.mqtt.MqttMessageType;
import io.netty.handler.codec.mqtt.MqttPublishMessage;
import io.netty.handler.codec.mqtt.MqttPublishVariableHeader;
import io.netty.handler.codec.mqtt.MqttQoS;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local farm's MQTT broker (Moquette), in-process: it lets a client in only with an account
 * name and an API key of that account, lets it subscribe only to its own account's topics, and lets
 * no client publish ({@link AccountAccess}). The farm publishes through {@link EmbeddedPublisher}.
 *
 * <p>Started with one call, {@link #start(KeyRing)} or {@link #builder(KeyRing)}; it listens on
 * loopback unless told otherwise, never calls outside hosts (telemetry off), and accepts messages
 * up to 256 KiB. {@link #close()} stops it, which takes about two seconds. Thread-safe.
 *
 * <p>It heals itself: when one of Moquette's session loops dies (after which the sessions on it
 * would be stuck for good while their clients still look connected), it logs why, fails the
 * publishes that loop held, and restarts the broker on the same ports. The clients reconnect with
 * their backoff and catch up over REST; a persistent session survives when it keeps a data folder.
 * Publishes meanwhile fail at once rather than wait.
 */
public final class EmbeddedBroker implements AutoCloseable {
  /** The largest MQTT message the broker accepts by default; events are under 1 KiB. */
  public static final int DEFAULT_MESSAGE_SIZE_LIMIT = 256 * 1024;

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedBroker.class);
  private static final String MOQUETTE_LOG_LEVEL = "org.slf4j.simpleLogger.log.io.moquette";
  private static final int RESTART_ATTEMPTS = 10;
  private static final long RESTART_BACKOFF_MILLIS = 200;
  private static final String FARM_CLIENT_ID = "farmhand-farm";

  static {
    // Moquette logs every packet and every internal publish at INFO. Unless the farm's user chose a
    // level for it, keep its warnings only. Set before any Moquette class makes its logger.
    if (System.getProperty(MOQUETTE_LOG_LEVEL) == null) {
      System.setProperty(MOQUETTE_LOG_LEVEL, "warn");
    }
  }

  private final BrokerLaunch launch;
  private final Set<CompletableFuture<Void>> pending = ConcurrentHashMap.newKeySet();
  private final AtomicLong loopFailures = new AtomicLong();
  private final AtomicLong restarts = new AtomicLong();
  private final Object lifecycle = new Object();
  // Guarded by lifecycle. The server is null while it restarts, or when it could not restart.
  private Server server;
  private int generation;
  private Thread restarter;
  private String down = "is restarting after a failure";
  private boolean closed;

  private EmbeddedBroker(BrokerLaunch launch) {
    this.launch = launch;
  }

  /** Starts a broker on 127.0.0.1 and a free port, without WebSockets, keeping state in memory. */
  public static EmbeddedBroker start(KeyRing keys) throws IOException {
    return builder(keys).start();
  }

  /** A builder whose defaults are those of {@link #start(KeyRing)}. */
  public static EmbeddedBrokerBuilder builder(KeyRing keys) {
    return new EmbeddedBrokerBuilder(keys);
  }

  /**
   * Starts a broker as launched; called by the builder.
   *
   * @throws IOException if Moquette cannot use its data folder
   * @throws RuntimeException as Moquette throws it, e.g. when the port is taken
   */
  static EmbeddedBroker launch(BrokerLaunch launch) throws IOException {
    EmbeddedBroker broker = new EmbeddedBroker(launch);
    Server first = launch.start(broker.watch(0));
    synchronized (broker.lifecycle) {
      broker.server = first;
    }
    return broker;
  }

  /** The host it listens on. */
  public String host() {
    return launch.host();
  }

  /** The TCP port it listens on. */
  public int port() {
    return launch.port();
  }

  /** The broker's URL for MQTT clients: {@code tcp://127.0.0.1:PORT}. */
  public String url() {
    return "tcp://" + hostForUrl() + ":" + port();
  }

  /** The MQTT-over-WebSocket URL ({@code ws://127.0.0.1:PORT/mqtt}), when it listens for one. */
  public Optional<String> websocketUrl() {
    return launch.websocketPort().map(p -> "ws://" + hostForUrl() + ":" + p + "/mqtt");
  }

  private String hostForUrl() {
    return host().contains(":") ? "[" + host() + "]" : host();
  }

  /** How many times one of its session loops has died. */
  long sessionLoopFailures() {
    return loopFailures.get();
  }

  /** How many times it has restarted itself after a session loop died. */
  long restarts() {
    return restarts.get();
  }

  /**
   * Publishes from inside the broker, QoS 1, not retained. The future completes once every
   * subscriber's session has the message, and fails when some could not take it, or when the broker
   * lost a session loop or closed before they did.
   *
   * @throws IllegalStateException if the broker is closed, or restarting after a failure
   */
  CompletableFuture<Void> publish(String topic, byte[] payload) {
    // Not the message builder, which copies the payload into a reference-counted buffer. Every
    // subscriber's session shares that buffer, and Moquette 0.17 releases a clean session's
    // in-flight messages when it disconnects, then again for each PUBACK that comes after the
    // DISCONNECT: the count ran out under some session and killed its session loop. The payload is
    // plain heap memory and needs no count; garbage collection frees it.
    MqttPublishMessage message =
        new MqttPublishMessage(
            new MqttFixedHeader(MqttMessageType.PUBLISH, false, MqttQoS.AT_LEAST_ONCE, false, 0),
            new MqttPublishVariableHeader(topic, 0),
            Unpooled.unreleasableBuffer(Unpooled.wrappedBuffer(payload)));
    RoutingResults results;
    CompletableFuture<Void> routed = new CompletableFuture<>();
    synchronized (lifecycle) {
      if (closed) {
        throw new IllegalStateException("the MQTT broker at " + url() + " is closed");
      }
      if (server == null) {
        throw new IllegalStateException("the MQTT broker at " + url() + " " + down);
      }
      results = server.internalPublish(message, FARM_CLIENT_ID);
      if (!results.isAllSuccess()) {
        return CompletableFuture.failedFuture(
            new IllegalStateException(
                "some subscribers' session queues were full, they missed it: " + results));
      }
      // Inside the lock, so a loop failure that follows cannot miss it.
      pending.add(routed);
    }
    results
        .completableFuture()
        .whenComplete(
            (done, error) -> {
              pending.remove(routed);
              if (error == null) {
                routed.complete(null);
              } else {
                routed.completeExceptionally(error);
              }
            });
    return routed;
  }

  private SessionLoopWatch watch(int serverGeneration) {
    return new SessionLoopWatch(error -> sessionLoopFailed(serverGeneration, error));
  }

  /** Called on the dying loop's thread: hands the restart to a thread of its own. */
  void sessionLoopFailed(int serverGeneration, Throwable error) {
    loopFailures.incrementAndGet();
    synchronized (lifecycle) {
      if (closed || serverGeneration != generation || server == null) {
        LOG.debug("a session loop of a broker already replaced failed too: {}", error.toString());
        return;
      }
      Server failed = server;
      server = null;
      down = "is restarting after a failure";
      int next = ++generation;
      restarter = new Thread(() -> restart(failed, next), "farmhand-mqtt-restart-" + next);
      restarter.setDaemon(true);
      restarter.start();
    }
    LOG.error(
        "the MQTT broker at {} lost a session loop ({}): the sessions on it would be stuck for"
            + " good; restarting the broker on the same port. Its clients reconnect and catch up"
            + " over REST, nothing is lost",
        url(),
        error.toString(),
        error);
    failPending("the MQTT broker lost a session loop before every subscriber took it");
  }

  private void restart(Server failed, int serverGeneration) {
    long started = System.nanoTime();
    BrokerLaunch.stopQuietly(failed);
    for (int attempt = 1; ; attempt++) {
      synchronized (lifecycle) {
        if (closed) {
          return;
        }
      }
      try {
        Server fresh = launch.start(watch(serverGeneration));
        boolean keep;
        synchronized (lifecycle) {
          keep = !closed;
          if (keep) {
            server = fresh;
          }
        }
        if (!keep) {
          BrokerLaunch.stopQuietly(fresh);
          return;
        }
        restarts.incrementAndGet();
        LOG.warn(
            "MQTT broker at {} restarted ({} ms)",
            url(),
            (System.nanoTime() - started) / 1_000_000);
        return;
      } catch (IOException | RuntimeException e) {
        if (attempt >= RESTART_ATTEMPTS || !BrokerLaunch.isBindFailure(e)) {
          synchronized (lifecycle) {
            down = "could not restart after a failure: " + e.getMessage();
          }
          LOG.error(
              "cannot restart the MQTT broker at {}: {}; clients get events over REST only until"
                  + " the farm restarts",
              url(),
              e.getMessage(),
              e);
          return;
        }
      }
      try {
        Thread.sleep(RESTART_BACKOFF_MILLIS * attempt);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private void failPending(String reason) {
    for (CompletableFuture<Void> each : pending) {
      pending.remove(each);
      each.completeExceptionally(new IllegalStateException(reason));
    }
  }

  /**
   * Stops the broker; it takes about two seconds, more while it is restarting. Calling it again
   * does nothing.
   */
  @Override
  public void close() {
    Server running;
    Thread restarting;
    synchronized (lifecycle) {
      if (closed) {
        return;
      }
      closed = true;
      running = server;
      server = null;
      restarting = restarter;
    }
    try {
      if (restarting != null) {
        restarting.join();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      if (running != null) {
        running.stopServer();
      }
      failPending("the MQTT broker closed before every subscriber took it");
    }
    LOG.info("MQTT broker at {} stopped", url());
  }
}
