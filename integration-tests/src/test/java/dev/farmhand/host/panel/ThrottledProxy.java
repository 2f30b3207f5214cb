package dev.farmhand.host.panel;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP proxy in front of the local farm's API that can slow what clients send to it, so an upload
 * through it takes long enough to watch and cancel. It counts the bytes sent towards the farm. For
 * tests only; thread-safe.
 */
final class ThrottledProxy implements AutoCloseable {
  private final URI target;
  private final ServerSocket server;
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private final AtomicLong bytesUp = new AtomicLong();
  private final Object pace = new Object();
  private volatile long bytesPerSecond;
  private long nextFreeNanos;

  ThrottledProxy(String farmUrl) throws IOException {
    this.target = URI.create(farmUrl);
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread accept = new Thread(this::accept, "throttled-proxy-accept");
    accept.setDaemon(true);
    accept.start();
  }

  /** The URL a client uses to reach the farm through the proxy. */
  String url() {
    return "http://127.0.0.1:" + server.getLocalPort();
  }

  /** Lets at most this many bytes a second through towards the farm; 0 for no limit. */
  void throttle(long limit) {
    bytesPerSecond = limit;
  }

  /** Bytes sent towards the farm so far. */
  long bytesUp() {
    return bytesUp.get();
  }

  @Override
  public void close() throws IOException {
    server.close();
    for (Socket socket : sockets) {
      socket.close();
    }
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        Socket farm = new Socket(target.getHost(), target.getPort());
        sockets.add(client);
        sockets.add(farm);
        pump(client, farm, true);
        pump(farm, client, false);
      } catch (IOException e) {
        // Closed, or the farm refused: the client sees its connection end.
      }
    }
  }

  private void pump(Socket from, Socket to, boolean up) {
    Thread thread =
        new Thread(
            () -> {
              byte[] buffer = new byte[64 * 1024];
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                  if (up) {
                    waitForTurn(n);
                    bytesUp.addAndGet(n);
                  }
                  out.write(buffer, 0, n);
                  out.flush();
                }
              } catch (IOException | InterruptedException e) {
                // One side closed: the finally below ends the other.
              } finally {
                closeQuietly(from);
                closeQuietly(to);
              }
            },
            up ? "throttled-proxy-up" : "throttled-proxy-down");
    thread.setDaemon(true);
    thread.start();
  }

  /** Waits until sending n more bytes keeps to the limit (shared by every connection). */
  private void waitForTurn(int n) throws InterruptedException {
    long limit = bytesPerSecond;
    if (limit <= 0) {
      return;
    }
    long sendAt;
    synchronized (pace) {
      long now = System.nanoTime();
      sendAt = Math.max(nextFreeNanos, now);
      nextFreeNanos = sendAt + TimeUnit.SECONDS.toNanos(1) * n / limit;
    }
    long wait = sendAt - System.nanoTime();
    if (wait > 0) {
      TimeUnit.NANOSECONDS.sleep(wait);
    }
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // Already closed.
    }
  }
}
