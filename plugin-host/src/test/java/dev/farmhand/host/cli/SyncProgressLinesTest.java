package dev.farmhand.host.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmhand.core.sync.SyncPhase;
import dev.farmhand.core.sync.SyncProgress;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Sync progress as short plain lines, about one a second. */
class SyncProgressLinesTest {
  static final SyncProgress UPLOADING =
      new SyncProgress(
          SyncPhase.UPLOADING,
          3,
          10,
          12_000_000,
          40_000_000,
          8_100_000,
          Optional.of(Duration.ofSeconds(4)));

  @Test
  void aLineSaysFilesBytesRateAndTimeLeft() {
    assertThat(SyncProgressLines.line(UPLOADING))
        .isEqualTo("sync: uploading 3/10 files, 12.0 MB of 40.0 MB, 8.1 MB/s, 0:00:04 left");
  }

  @Test
  void atMostOneLineASecond() {
    AtomicLong now = new AtomicLong();
    StringWriter err = new StringWriter();
    SyncProgressLines lines = new SyncProgressLines(new PrintWriter(err), now::get);

    now.set(Duration.ofMillis(1100).toNanos());
    lines.onProgress(UPLOADING);
    now.set(Duration.ofMillis(1500).toNanos());
    lines.onProgress(UPLOADING);

    assertThat(err.toString().lines()).hasSize(1);
  }

  @Test
  void byteCountsForPeople() {
    assertThat(SyncProgressLines.bytes(840)).isEqualTo("840 B");
    assertThat(SyncProgressLines.bytes(1006)).isEqualTo("1.0 KB");
    assertThat(SyncProgressLines.bytes(5_300_000_000L)).isEqualTo("5.3 GB");
  }
}
