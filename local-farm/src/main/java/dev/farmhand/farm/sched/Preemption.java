package dev.farmhand.farm.sched;

import java.util.OptionalLong;
import java.util.Random;

/**
 * Takes preemptible instances away at random, repeatably: the same rate and seed take away the same
 * attempts, in the order the farm starts them. Thread-safe.
 */
public final class Preemption {
  private final double rate;
  private final Random random;

  /**
   * @param rate the chance, from 0 to 1, that an attempt of a preemptible job loses its instance
   * @param seed the seed that makes the draws repeatable
   */
  public Preemption(double rate, long seed) {
    if (!(rate >= 0 && rate <= 1)) {
      throw new IllegalArgumentException(
          "--preempt-rate " + rate + ": give a chance from 0 (never) to 1 (every attempt)");
    }
    this.rate = rate;
    this.random = new Random(seed);
  }

  /** No preemption. */
  public static Preemption none() {
    return new Preemption(0, 0);
  }

  /** For an attempt starting now: after how many milliseconds it loses its instance, if it does. */
  public synchronized OptionalLong draw() {
    if (rate == 0 || random.nextDouble() >= rate) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(10 + random.nextInt(200));
  }
}
