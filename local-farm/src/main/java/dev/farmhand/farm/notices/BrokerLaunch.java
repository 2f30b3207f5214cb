package dev.farmhand.farm.notices;

import dev.farmhand.farm.auth.KeyRing;
import io.moquette.broker.Server;
import io.moquette.broker.config.IConfig;
import io.moquette.broker.config.MemoryConfig;
import io.moquette.interception.InterceptHandler;
import java.io.IOException;
import java.net.BindException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How to start one Moquette server: where it listens, where it keeps state, who may connect. The
 * same launch starts the first server and any that replaces it on the same ports. Immutable.
 *
 * @param websocketPort the MQTT-over-WebSocket port, if any
 * @param dataFolder where sessions and queued messages persist; in memory when empty
 */
record BrokerLaunch(
    KeyRing keys,
    String host,
    int port,
    Optional<Integer> websocketPort,
    Optional<Path> dataFolder,
    int messageSizeLimit) {
  private static final Logger LOG = LoggerFactory.getLogger(BrokerLaunch.class);

  BrokerLaunch {
    Objects.requireNonNull(keys, "keys");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(websocketPort, "websocketPort");
    Objects.requireNonNull(dataFolder, "dataFolder");
  }

  /**
   * Starts a server that tells {@code watch} of its own failures; a server that fails to start is
   * stopped again.
   *
   * @throws IOException if Moquette cannot use its data folder
   * @throws RuntimeException as Moquette throws it, e.g. when the port is taken
   */
  Server start(InterceptHandler watch) throws IOException {
    Server server = new Server();
    try {
      server.startServer(
          config(), List.of(watch), null, new AccountAccess(keys), new AccountAccess(keys));
      return server;
    } catch (IOException | RuntimeException e) {
      stopQuietly(server);
      throw e;
    }
  }

  private IConfig config() {
    Properties properties = new Properties();
    properties.setProperty(IConfig.HOST_PROPERTY_NAME, host);
    properties.setProperty(IConfig.PORT_PROPERTY_NAME, Integer.toString(port));
    properties.setProperty(
        IConfig.WEB_SOCKET_PORT_PROPERTY_NAME,
        websocketPort.map(String::valueOf).orElse("disabled"));
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

  /** Whether Moquette failed because the port (or the WebSocket port) was taken. */
  static boolean isBindFailure(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BindException
          || (t.getMessage() != null && t.getMessage().startsWith("Cannot bind"))) {
        return true;
      }
    }
    return false;
  }

  /** Stops a server, logging rather than throwing what stopping a broken one may throw. */
  static void stopQuietly(Server server) {
    try {
      server.stopServer();
    } catch (RuntimeException e) {
      LOG.debug("stopping a broker that did not start or already failed: {}", e.toString());
    }
  }
}
