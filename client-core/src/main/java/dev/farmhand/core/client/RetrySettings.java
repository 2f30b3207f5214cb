package dev.farmhand.core.client;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * How the farm client retries what is safe to retry: at most {@code attempts} tries in all, waiting
 * between them with exponential backoff and full jitter, a random time from 0 up to {@code base ×
 * 2^(retry − 1)}, never more than {@code cap}. A {@code Retry-After} from the farm replaces the
 * random wait, when it is no longer than {@code cap}; a longer one ends the retries. Immutable.
 *
 * @param attempts tries in all, the first included; 1 means never retry
 * @param base the longest wait before the first retry
 * @param cap the longest wait before any retry
 */
public record RetrySettings(int attempts, Duration base, Duration cap) {
  /** 4 tries, waits up to 250 ms, 500 ms, 1 s, never over 10 s. */
  public static final RetrySettings DEFAULT =
      new RetrySettings(4, Duration.ofMillis(250), Duration.ofSeconds(10));

  /** One try: nothing is retried. */
  public static final RetrySettings NONE = new RetrySettings(1, Duration.ZERO, Duration.ZERO);

  /**
   * @throws IllegalArgumentException naming the setting and the values it may take
   */
  public RetrySettings {
    if (attempts < 1 || attempts > 100) {
      throw new IllegalArgumentException(
          "retry attempts must be 1 to 100 (1 means no retry): " + attempts);
    }
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(cap, "cap");
    if (base.isNegative() || cap.isNegative()) {
      throw new IllegalArgumentException(
          "retry waits must not be negative: base " + base + ", cap " + cap);
    }
    if (cap.compareTo(base) < 0) {
      throw new IllegalArgumentException(
          "retry cap " + cap + " is shorter than the base " + base + ": make the cap at least it");
    }
  }

  /**
   * The longest wait before retry number {@code retry} (1 for the first retry): {@code base ×
   * 2^(retry − 1)}, at most {@code cap}.
   */
  public Duration ceiling(int retry) {
    if (retry < 1) {
      throw new IllegalArgumentException("retries count from 1: " + retry);
    }
    long baseNanos = base.toNanos();
    int shift = Math.min(retry - 1, 62);
    long ceiling = baseNanos > (Long.MAX_VALUE >> shift) ? Long.MAX_VALUE : baseNanos << shift;
    return Duration.ofNanos(Math.min(ceiling, cap.toNanos()));
  }

  /**
   * The wait before retry number {@code retry}: uniformly random in {@code [0, ceiling(retry)]}.
   */
  public Duration delay(int retry, RandomGenerator random) {
    long ceiling = ceiling(retry).toNanos();
    return Duration.ofNanos((long) (random.nextDouble() * ceiling));
  }
}
