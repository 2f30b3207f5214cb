package dev.farmhand.core.client.internal;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.io.ManagedHttpClientConnectionFactory;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * A connection pool shared by the farm clients built from one another ({@code newBuilder()}). It
 * closes when the last client using it closes. Thread-safe.
 */
public final class Pool {
  /** What a pool is made with; clients with the same settings may share it. */
  public record Settings(Duration connectTimeout, int maxConnections, int maxPerRoute) {}

  private static final int BUFFER = 64 * 1024;

  private final Settings settings;
  private final PoolingHttpClientConnectionManager manager;
  private final AtomicInteger users = new AtomicInteger(1);

  /** A new pool with one user, the caller. */
  public Pool(Settings settings) {
    this.settings = settings;
    this.manager =
        PoolingHttpClientConnectionManagerBuilder.create()
            .setMaxConnTotal(settings.maxConnections())
            .setMaxConnPerRoute(settings.maxPerRoute())
            // Outputs and uploads are megabytes: read and write the socket 64 KiB at a time, not
            // the default 8 KiB.
            .setConnectionFactory(
                ManagedHttpClientConnectionFactory.builder()
                    .http1Config(Http1Config.custom().setBufferSize(BUFFER).build())
                    .build())
            .setDefaultConnectionConfig(
                ConnectionConfig.custom()
                    .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                    // A pooled connection idle for a while is checked before use, so a control
                    // (sent once only) does not go out on a connection the farm already closed.
                    .setValidateAfterInactivity(TimeValue.ofSeconds(1))
                    .build())
            .build();
  }

  public Settings settings() {
    return settings;
  }

  public PoolingHttpClientConnectionManager manager() {
    return manager;
  }

  /** Adds a user; false when the pool is closed already. */
  public boolean acquire() {
    int current;
    do {
      current = users.get();
      if (current == 0) {
        return false;
      }
    } while (!users.compareAndSet(current, current + 1));
    return true;
  }

  /** Removes a user; the last one closes the pool. */
  public void release() {
    if (users.decrementAndGet() == 0) {
      manager.close(CloseMode.GRACEFUL);
    }
  }
}
