package dev.farmhand.host.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmhand.core.download.DownloadProgress;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Download progress as short plain lines, at most one a second. */
class DownloadProgressLinesTest {
  static final DownloadProgress HALFWAY =
      new DownloadProgress(
          3, 10, 12_000_000, 40_000_000, 8_100_000, Optional.of(Duration.ofSeconds(4)));

  @Test
  void aLineSaysFilesBytesRateAndTimeLeft() {
    assertThat(DownloadProgressLines.line(HALFWAY))
        .isEqualTo("download: 3/10 files, 12.0 MB of 40.0 MB, 8.1 MB/s, 0:00:04 left");
  }

  @Test
  void atMostOneLineASecond() {
    AtomicLong now = new AtomicLong();
    StringWriter err = new StringWriter();
    DownloadProgressLines lines = new DownloadProgressLines(new PrintWriter(err), now::get);

    now.set(Duration.ofMillis(500).toNanos());
    lines.onProgress(HALFWAY);
    now.set(Duration.ofMillis(1100).toNanos());
    lines.onProgress(HALFWAY);
    now.set(Duration.ofMillis(1500).toNanos());
    lines.onProgress(HALFWAY);

    assertThat(err.toString().lines()).hasSize(1);
  }
}
