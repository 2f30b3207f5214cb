package dev.farmhand.farm.notices;

import dev.farmhand.farm.auth.KeyRing;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Settings of an {@link EmbeddedBroker}, each checked when it is set. Not thread-safe. */
public final class EmbeddedBrokerBuilder {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedBroker.class);
  private static final int BIND_ATTEMPTS = 5;

  private final KeyRing keys;
  private String host = "127.0.0.1";
  private int port;
  private Optional<Integer> websocketPort = Optional.empty();
  private Optional<Path> dataFolder = Optional.empty();
  private int messageSizeLimit = EmbeddedBroker.DEFAULT_MESSAGE_SIZE_LIMIT;

  EmbeddedBrokerBuilder(KeyRing keys) {
    this.keys = Objects.requireNonNull(keys, "keys");
  }

  /** The address to listen on; {@code 127.0.0.1} unless told otherwise. */
  public EmbeddedBrokerBuilder host(String host) {
    Objects.requireNonNull(host, "host");
    if (host.isBlank()) {
      throw new IllegalArgumentException("host is blank: use 127.0.0.1 or an address to bind");
    }
    this.host = host;
    return this;
  }

  /** The TCP port; 0 (the default) picks a free one. */
  public EmbeddedBrokerBuilder port(int port) {
    this.port = checkPort(port, "port");
    return this;
  }

  /** Also listen for MQTT over WebSockets on this port (0 picks a free one); off by default. */
  public EmbeddedBrokerBuilder websocketPort(int port) {
    this.websocketPort = Optional.of(checkPort(port, "websocket port"));
    return this;
  }

  /** Keep sessions and queued messages in this folder across restarts; in memory by default. */
  public EmbeddedBrokerBuilder dataFolder(Path folder) {
    this.dataFolder = Optional.of(Objects.requireNonNull(folder, "folder"));
    return this;
  }

  /** The largest message the broker accepts, in bytes; 256 KiB by default. */
  public EmbeddedBrokerBuilder messageSizeLimit(int bytes) {
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
      long started = System.nanoTime();
      EmbeddedBroker broker;
      try {
        broker =
            EmbeddedBroker.launch(
                new BrokerLaunch(keys, host, tcp, ws, dataFolder, messageSizeLimit));
      } catch (RuntimeException e) {
        if (anyPort && attempt < BIND_ATTEMPTS && BrokerLaunch.isBindFailure(e)) {
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
      LOG.info(
          "MQTT broker listening at {}{} ({} ms)",
          broker.url(),
          broker.websocketUrl().map(u -> " and " + u).orElse(""),
          (System.nanoTime() - started) / 1_000_000);
      return broker;
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
