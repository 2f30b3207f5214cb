package dev.farmhand.it.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The p50, p99 and maximum of a set of durations in milliseconds, by nearest rank. Immutable.
 *
 * @param count how many durations
 */
record Percentiles(int count, double p50, double p99, double max) {
  /** Of these durations in milliseconds; all zero when there are none. */
  static Percentiles of(List<Double> millis) {
    double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    if (sorted.length == 0) {
      return new Percentiles(0, 0, 0, 0);
    }
    return new Percentiles(
        sorted.length, rank(sorted, 50), rank(sorted, 99), sorted[sorted.length - 1]);
  }

  /** Of nanosecond durations. */
  static Percentiles ofNanos(List<Long> nanos) {
    return of(nanos.stream().map(n -> n / 1e6).toList());
  }

  /** Milliseconds from one instant to another, with the instants' full precision. */
  static double millis(Instant from, Instant to) {
    return Duration.between(from, to).toNanos() / 1e6;
  }

  private static double rank(double[] sorted, int percent) {
    int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  /** {@code p50 … ms p99 … ms max … ms}, aligned. */
  String line() {
    return String.format("p50 %7.1f ms   p99 %7.1f ms   max %7.1f ms", p50, p99, max);
  }
}
