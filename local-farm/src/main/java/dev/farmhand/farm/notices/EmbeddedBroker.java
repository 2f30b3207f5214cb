package dev.farmhand.farm.notices;

import dev.farmhand.farm.auth.KeyRing;
import io.moquette.broker.RoutingResults;
import io.moquette.broker.Server;
import io.moquette.broker.config.IConfig;
import io.moquette.broker.config.MemoryConfig;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.mqtt.MqttMessageBuilders;
import io.netty.handler.codec.mqtt.MqttPublishMessage;
import io.netty.handler.codec.mqtt.MqttQoS;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
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
 */
public final class EmbeddedBroker implements AutoCloseable {
  /** The largest MQTT message the broker accepts by default; events are under 1 KiB. */
  public static final int DEFAULT_MESSAGE_SIZE_LIMIT = 256 * 1024;

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedBroker.class);
  private static final String MOQUETTE_LOG_LEVEL = "org.slf4j.simpleLogger.log.io.moquette";
  private static final int BIND_ATTEMPTS = 5;
  private static final String FARM_CLIENT_ID = "farmhand-farm";

  static {
    // Moquette logs every packet and every internal publish at INFO. Unless the farm's user chose a
    // level for it, keep its warnings only. Set before any Moquette class makes its logger.
    if (System.getProperty(MOQUETTE_LOG_LEVEL) == null) {
      System.setProperty(MOQUETTE_LOG_LEVEL, "warn");
    }
  }

  private final Server server;
  private final String host;
  private final int port;
  private final Optional<Integer> websocketPort;
  private final Object lifecycle = new Object();
  private boolean closed;

  private EmbeddedBroker(Server server, String host, int port, Optional<Integer> websocketPort) {
    this.server = server;
    this.host = host;
    this.port = port;
    this.websocketPort = websocketPort;
  }

  /** Starts a broker on 127.0.0.1 and a free port, without WebSockets, keeping state in memory. */
  public static EmbeddedBroker start(KeyRing keys) throws IOException {
    return builder(keys).start();
  }

  /** A builder whose defaults are those of {@link #start(KeyRing)}. */
  public static Builder builder(KeyRing keys) {
    return new Builder(keys);
  }

  /** The host it listens on. */
  public String host() {
    return host;
  }

  /** The TCP port it listens on. */
  public int port() {
    return port;
  }

  /** The broker's URL for MQTT clients: {@code tcp://127.0.0.1:PORT}. */
  public String url() {
    return "tcp://" + hostForUrl() + ":" + port;
  }

  /** The MQTT-over-WebSocket URL ({@code ws://127.0.0.1:PORT/mqtt}), when it listens for one. */
  public Optional<String> websocketUrl() {
    return websocketPort.map(p -> "ws://" + hostForUrl() + ":" + p + "/mqtt");
  }

  private String hostForUrl() {
    return host.contains(":") ? "[" + host + "]" : host;
  }

  /**
   * Publishes from inside the broker, QoS 1, not retained. The future completes once every
   * subscriber's session has the message, and fails when some could not take it.
   *
   * @throws IllegalStateException if the broker is closed
   */
  CompletableFuture<Void> publish(String topic, byte[] payload) {
    MqttPublishMessage message =
        MqttMessageBuilders.publish()
            .topicName(topic)
            .qos(MqttQoS.AT_LEAST_ONCE)
            .retained(false)
            .payload(Unpooled.wrappedBuffer(payload))
            .build();
    RoutingResults results;
    synchronized (lifecycle) {
      if (closed) {
        throw new IllegalStateException("the MQTT broker at " + url() + " is closed");
      }
      results = server.internalPublish(message, FARM_CLIENT_ID);
    }
    if (!results.isAllSuccess()) {
      return CompletableFuture.failedFuture(
          new IllegalStateException(
              "some subscribers' session queues were full, they missed it: " + results));
    }
    return results.completableFuture();
  }

  /** Stops the broker; it takes about two seconds. Calling it again does nothing. */
  @Override
  public void close() {
    synchronized (lifecycle) {
      if (closed) {
        return;
      }
      closed = true;
    }
    server.stopServer();
    LOG.info("MQTT broker at {} stopped", url());
  }

  /** Settings of an embedded broker, each checked when it is set. Not thread-safe. */
  public static final class Builder {
    private final KeyRing keys;
    private String host = "127.0.0.1";
    private int port;
    private Optional<Integer> websocketPort = Optional.empty();
    private Optional<Path> dataFolder = Optional.empty();
    private int messageSizeLimit = DEFAULT_MESSAGE_SIZE_LIMIT;

    private Builder(KeyRing keys) {
      this.keys = Objects.requireNonNull(keys, "keys");
    }

    /** The address to listen on; {@code 127.0.0.1} unless told otherwise. */
    public Builder host(String host) {
      Objects.requireNonNull(host, "host");
      if (host.isBlank()) {
        throw new IllegalArgumentException("host is blank: use 127.0.0.1 or an address to bind");
      }
      this.host = host;
      return this;
    }

    /** The TCP port; 0 (the default) picks a free one. */
    public Builder port(int port) {
      this.port = checkPort(port, "port");
      return this;
    }

    /** Also listen for MQTT over WebSockets on this port (0 picks a free one); off by default. */
    public Builder websocketPort(int port) {
      this.websocketPort = Optional.of(checkPort(port, "websocket port"));
      return this;
    }

    /** Keep sessions and queued messages in this folder across restarts; in memory by default. */
    public Builder dataFolder(Path folder) {
      this.dataFolder = Optional.of(Objects.requireNonNull(folder, "folder"));
      return this;
    }

    /** The largest message the broker accepts, in bytes; 256 KiB by default. */
    public Builder messageSizeLimit(int bytes) {
      if (bytes < 1024) {
        throw new IllegalArgumentException(
            "message size limit is " + bytes + " bytes: use at least 1024");
      }
      this.messageSizeLimit = bytes;
      return this;
    }

    private static int checkPort(int port, String name) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException(
            name + " is " + port + ": use 1 to 65535, or 0 for a free port");
      }
      return port;
    }

    /**
     * Starts the broker. A free port it picked can be taken by someone else before the broker binds
     * it; then it picks another and tries again.
     *
     * @throws IOException if it cannot listen on the port asked for, or cannot use the data folder
     */
    public EmbeddedBroker start() throws IOException {
      if (dataFolder.isPresent()) {
        Files.createDirectories(dataFolder.get());
      }
      boolean anyPort = port == 0 || websocketPort.filter(p -> p == 0).isPresent();
      for (int attempt = 1; ; attempt++) {
        int tcp = port == 0 ? freePort(host) : port;
        Optional<Integer> ws = Optional.empty();
        if (websocketPort.isPresent()) {
          ws = Optional.of(websocketPort.get() == 0 ? freePort(host) : websocketPort.get());
        }
        Server server = new Server();
        long started = System.nanoTime();
        try {
          server.startServer(
              config(tcp, ws), List.of(), null, new AccountAccess(keys), new AccountAccess(keys));
        } catch (RuntimeException e) {
          stopQuietly(server);
          if (anyPort && attempt < BIND_ATTEMPTS && isBindFailure(e)) {
            LOG.debug("MQTT port {} was taken before the broker bound it; picking another", tcp);
            continue;
          }
          throw new IOException(
              "cannot start the MQTT broker on "
                  + host
                  + ":"
                  + tcp
                  + ws.map(p -> " (WebSocket port " + p + ")").orElse("")
                  + ": "
                  + e.getMessage()
                  + "; choose another port or stop what uses it",
              e);
        }
        EmbeddedBroker broker = new EmbeddedBroker(server, host, tcp, ws);
        LOG.info(
            "MQTT broker listening at {}{} ({} ms)",
            broker.url(),
            broker.websocketUrl().map(u -> " and " + u).orElse(""),
            (System.nanoTime() - started) / 1_000_000);
        return broker;
      }
    }

    private IConfig config(int tcp, Optional<Integer> ws) {
      Properties properties = new Properties();
      properties.setProperty(IConfig.HOST_PROPERTY_NAME, host);
      properties.setProperty(IConfig.PORT_PROPERTY_NAME, Integer.toString(tcp));
      properties.setProperty(
          IConfig.WEB_SOCKET_PORT_PROPERTY_NAME, ws.map(String::valueOf).orElse("disabled"));
      properties.setProperty(IConfig.ENABLE_TELEMETRY_NAME, "false");
      properties.setProperty(IConfig.ALLOW_ANONYMOUS_PROPERTY_NAME, "false");
      properties.setProperty(
          IConfig.NETTY_MAX_BYTES_PROPERTY_NAME, Integer.toString(messageSizeLimit));
      // A reopened persistent session keeps only the subscriptions its account may still have.
      properties.setProperty("reauthorize_subscriptions_on_connect", "true");
      properties.setProperty("allow_zero_byte_client_id", "false");
      if (dataFolder.isPresent()) {
        properties.setProperty(IConfig.PERSISTENCE_ENABLED_PROPERTY_NAME, "true");
        properties.setProperty(
            IConfig.DATA_PATH_PROPERTY_NAME, dataFolder.get().toAbsolutePath().toString());
      } else {
        properties.setProperty(IConfig.PERSISTENCE_ENABLED_PROPERTY_NAME, "false");
      }
      return new MemoryConfig(properties);
    }

    private static boolean isBindFailure(Throwable e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof BindException
            || (t.getMessage() != null && t.getMessage().startsWith("Cannot bind"))) {
          return true;
        }
      }
      return false;
    }

    private static void stopQuietly(Server server) {
      try {
        server.stopServer();
      } catch (RuntimeException e) {
        LOG.debug("stopping a broker that did not start: {}", e.toString());
      }
    }

    private static int freePort(String host) throws IOException {
      try (ServerSocket socket = new ServerSocket()) {
        socket.setReuseAddress(false);
        socket.bind(new InetSocketAddress(InetAddress.getByName(host), 0));
        return socket.getLocalPort();
      }
    }
  }
}
