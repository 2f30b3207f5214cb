package dev.farmhand.farm.notices;

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
 * A Mosquitto broker of a test's own: its own config on 127.0.0.1 and a free port, anonymous
 * clients allowed, logging to stderr (captured in a file) so nothing is written where the broker,
 * having dropped root for the {@code mosquitto} user, may not write. Closing kills it.
 */
public final class MosquittoProcess implements AutoCloseable {
  public static final Path EXECUTABLE = Path.of("/usr/sbin/mosquitto");

  private final Process process;
  private final Path log;
  private final int port;

  private MosquittoProcess(Process process, Path log, int port) {
    this.process = process;
    this.log = log;
    this.port = port;
  }

  public static boolean installed() {
    return Files.isExecutable(EXECUTABLE);
  }

  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(new InetSocketAddress("127.0.0.1", 0));
      return socket.getLocalPort();
    }
  }

  /** Starts it on this port and returns once it accepts connections. */
  public static MosquittoProcess start(Path folder, int port) throws IOException {
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
            "log_type notice",
            ""),
        StandardCharsets.UTF_8);
    Path log = folder.resolve("mosquitto-" + port + ".log");
    Process process =
        new ProcessBuilder(EXECUTABLE.toString(), "-c", config.toString())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    MosquittoProcess mosquitto = new MosquittoProcess(process, log, port);
    try {
      await()
          .atMost(Duration.ofSeconds(10))
          .pollInterval(Duration.ofMillis(20))
          .failFast("mosquitto exited; its log: " + mosquitto.log(), () -> !process.isAlive())
          .until(mosquitto::acceptsConnections);
    } catch (RuntimeException | Error e) {
      mosquitto.close();
      throw e;
    }
    return mosquitto;
  }

  public String url() {
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

  public String log() {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  @Override
  public void close() {
    process.destroyForcibly();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        throw new IllegalStateException("mosquitto on port " + port + " did not stop");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
