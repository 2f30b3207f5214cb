package dev.farmhand.core.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A sleeper that does not sleep, and remembers how long it was asked to. */
final class RecordingSleeper implements Sleeper {
  private final List<Duration> waits = new ArrayList<>();

  @Override
  public synchronized void sleep(Duration duration) {
    waits.add(duration);
  }

  synchronized List<Duration> waits() {
    return List.copyOf(waits);
  }
}
