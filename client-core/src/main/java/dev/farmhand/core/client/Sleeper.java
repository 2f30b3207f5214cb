package dev.farmhand.core.client;

import java.time.Duration;

/** Waits between retries. The real one sleeps the thread; tests inject one that records. */
@FunctionalInterface
public interface Sleeper {
  /** Sleeps the calling thread. */
  Sleeper THREAD = duration -> Thread.sleep(duration.toMillis());

  /**
   * Waits for {@code duration}.
   *
   * @throws InterruptedException if the thread is interrupted; the request is then given up
   */
  void sleep(Duration duration) throws InterruptedException;
}
