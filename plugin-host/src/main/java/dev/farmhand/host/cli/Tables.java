package dev.farmhand.host.cli;

import dev.farmhand.core.protocol.Job;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** Short, aligned tables for people: columns as wide as their widest cell. */
final class Tables {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

  private Tables() {}

  /** The rows, the first being the header, each column padded to its widest cell. */
  static String render(List<List<String>> rows) {
    int columns = rows.get(0).size();
    int[] widths = new int[columns];
    for (List<String> row : rows) {
      for (int i = 0; i < columns; i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < columns; i++) {
        line.append(i == columns - 1 ? row.get(i) : pad(row.get(i), widths[i] + 2));
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    return out.toString();
  }

  /** One row per job, as {@code farmhand jobs} prints them. */
  static String jobs(List<Job> jobs) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(
        List.of(
            "ID", "TITLE", "STATUS", "FRAMES", "FAILED", "RUNNING", "PRI", "SUBMITTED", "ELAPSED"));
    for (Job job : jobs) {
      rows.add(
          List.of(
              job.id(),
              shorten(job.title(), 32),
              job.status().label(),
              job.stats().framesDone() + "/" + job.stats().framesTotal(),
              String.valueOf(job.stats().framesFailed()),
              String.valueOf(job.stats().framesRunning()),
              String.valueOf(job.priority()),
              when(job.submittedAt()),
              duration(job.stats().elapsedSeconds())));
    }
    return render(rows);
  }

  static String when(Instant instant) {
    return instant == null ? "-" : WHEN.format(instant);
  }

  static String duration(double seconds) {
    Duration d = Duration.ofMillis((long) (seconds * 1000));
    return String.format("%d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart());
  }

  static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(Math.max(0, width - text.length()));
  }
}
