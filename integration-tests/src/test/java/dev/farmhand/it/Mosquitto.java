package dev.farmhand.it;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A Mosquitto of a test's own on 127.0.0.1 and a given port, anonymous clients allowed, no
 * persistence, logging to a file. Closing kills it. (The local farm's tests have a twin; test code
 * is not shared between the modules.)
 */
final class Mosquitto implements AutoCloseable {
  static final Path EXECUTABLE = Path.of("/usr/sbin/mosquitto");

  private final Process process;
  private final Path log;
  private final int port;

  private Mosquitto(Process process, Path log, int port) {
    this.process = process;
    this.log = log;
    this.port = port;
  }

  static boolean installed() {
    return Files.isExecutable(EXECUTABLE);
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(new InetSocketAddress("127.0.0.1", 0));
      return socket.getLocalPort();
    }
  }

  /** Starts it and returns once it accepts connections. */
  static Mosquitto start(Path folder, int port) throws IOException {
    Files.createDirectories(folder);
    Path config = folder.resolve("mosquitto-" + port + ".conf");
    Files.writeString(
        config,
        String.join(
            "\n",
            "listener " + port + " 127.0.0.1",
            "allow_anonymous true",
            "persistence false",
            "log_dest stderr",
            "log_type error",
            "log_type warning",
            ""),
        StandardCharsets.UTF_8);
    Path log = folder.resolve("mosquitto-" + port + ".log");
    Process process =
        new ProcessBuilder(EXECUTABLE.toString(), "-c", config.toString())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    Mosquitto mosquitto = new Mosquitto(process, log, port);
    try {
      await()
          .atMost(Duration.ofSeconds(10))
          .pollInterval(Duration.ofMillis(20))
          .failFast("mosquitto exited; see " + log, () -> !process.isAlive())
          .until(mosquitto::acceptsConnections);
    } catch (RuntimeException | Error e) {
      mosquitto.close();
      throw e;
    }
    return mosquitto;
  }

  String url() {
    return "tcp://127.0.0.1:" + port;
  }

  private boolean acceptsConnections() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public void close() {
    process.destroyForcibly();
    try {
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
