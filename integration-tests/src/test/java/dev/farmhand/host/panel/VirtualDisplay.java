package dev.farmhand.host.panel;

import java.awt.Toolkit;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Makes sure an X server answers on {@code DISPLAY} before a test draws Swing: when none does, it
 * starts Xvfb there ({@code -nolisten tcp}) and stops it when the test run ends (the root store
 * closes what it holds). The build sets {@code DISPLAY} for the test JVM (the {@code
 * farmhand.display} property), so a machine without a desktop, such as CI, runs these tests rather
 * than skipping them; a machine without Xvfb fails them with the package to install.
 */
public final class VirtualDisplay implements BeforeAllCallback {
  private static final Duration START = Duration.ofSeconds(15);
  private static Process started;

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    String display = System.getenv("DISPLAY");
    if (display == null || !display.matches(":\\d+(\\.\\d+)?")) {
      throw new IllegalStateException(
          "DISPLAY is '"
              + display
              + "': the build sets it to a local display number (-Dfarmhand.display=:87) for the"
              + " panel's tests");
    }
    String number = display.substring(1).replaceAll("\\..*", "");
    Path socket = Path.of("/tmp/.X11-unix/X" + number);
    if (answers(socket)) {
      // Connect now: a server another build started (with -terminate) stays while we are its
      // client.
      Toolkit.getDefaultToolkit().getScreenSize();
      return;
    }
    synchronized (VirtualDisplay.class) {
      if (started == null) {
        started = start(number);
      }
    }
  }

  /**
   * Starts Xvfb with {@code -terminate}, so it ends when its last client does: this JVM's AWT,
   * connected here at once, lets go of it when the JVM exits. (Killing the server while AWT is
   * connected would make AWT end the JVM with status 1.) {@code -displayfd} tells when it is ready
   * without a probe connection, which as the last client would end it.
   */
  private static Process start(String number) {
    Process xvfb;
    try {
      xvfb =
          new ProcessBuilder(
                  "Xvfb",
                  ":" + number,
                  "-screen",
                  "0",
                  "1600x1000x24",
                  "-nolisten",
                  "tcp",
                  "-terminate",
                  "-displayfd",
                  "1")
              .redirectError(Path.of("target", "xvfb-" + number + ".log").toFile())
              .start();
    } catch (IOException e) {
      throw new IllegalStateException(
          "cannot start Xvfb for the panel's tests ("
              + e.getMessage()
              + "): install it (apt-get install xvfb) or point DISPLAY at a running X server",
          e);
    }
    CompletableFuture<String> ready =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return new BufferedReader(
                        new InputStreamReader(xvfb.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
              } catch (IOException e) {
                return null;
              }
            });
    String said;
    try {
      said = ready.get(START.toSeconds(), TimeUnit.SECONDS);
    } catch (Exception e) {
      said = null;
    }
    if (said == null || !said.strip().equals(number)) {
      xvfb.destroyForcibly();
      throw new IllegalStateException(
          "Xvfb did not start on :"
              + number
              + " (see target/xvfb-"
              + number
              + ".log); a stale /tmp/.X"
              + number
              + "-lock left by a killed server stops it: remove that file");
    }
    // Connect now: from here on this JVM is the server's client until it exits.
    Toolkit.getDefaultToolkit().getScreenSize();
    return xvfb;
  }

  private static boolean answers(Path socket) {
    if (!Files.exists(socket)) {
      return false;
    }
    try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
      return channel.connect(UnixDomainSocketAddress.of(socket));
    } catch (IOException e) {
      return false;
    }
  }
}
