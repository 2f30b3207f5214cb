package dev.farmhand.core.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.farmhand.core.sync.Cancellation;
import org.junit.jupiter.api.Test;

class RateLimitTest {
  @Test
  void ratesAreReadWithOrWithoutUnits() {
    assertThat(RateLimit.parse("1000").bytesPerSecond()).isEqualTo(1000);
    assertThat(RateLimit.parse("500K").bytesPerSecond()).isEqualTo(500 * 1024);
    assertThat(RateLimit.parse("20M").bytesPerSecond()).isEqualTo(20L << 20);
    assertThat(RateLimit.parse("1.5g").bytesPerSecond()).isEqualTo(3L << 29);
    assertThat(RateLimit.parse("2MB/s").bytesPerSecond()).isEqualTo(2L << 20);
    assertThat(RateLimit.parse("2MiB").bytesPerSecond()).isEqualTo(2L << 20);
  }

  @Test
  void somethingThatIsNotARateIsRefusedByName() {
    for (String bad : new String[] {"", "fast", "0", "-5M", "12X"}) {
      assertThatThrownBy(() -> RateLimit.parse(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'" + bad + "'")
          .hasMessageContaining("like 500K or 20M");
    }
  }

  @Test
  void noCapNeverWaitsAndReadsWholeBuffers() throws Exception {
    assertThat(RateLimit.NONE.limited()).isFalse();
    assertThat(RateLimit.NONE.chunk(65536)).isEqualTo(65536);
    RateLimit.NONE.take(Integer.MAX_VALUE, new Cancellation());
  }

  @Test
  void aCapReadsInSmallerChunksSoItCanBeAskedOften() {
    assertThat(RateLimit.of(20_000).chunk(65536)).isEqualTo(1000);
    assertThat(RateLimit.of(10).chunk(65536)).isEqualTo(1);
  }

  @Test
  void aWaitForTheBucketEndsWhenCancelled() {
    RateLimit slow = RateLimit.of(1);
    Cancellation cancelled = new Cancellation();
    cancelled.cancel();
    assertThatThrownBy(() -> slow.take(1_000_000, cancelled))
        .isInstanceOf(DownloadCancelledException.class);
  }
}
