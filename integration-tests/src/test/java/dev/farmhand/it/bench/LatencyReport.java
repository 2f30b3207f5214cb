package dev.farmhand.it.bench;

import dev.farmhand.core.protocol.Output;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The latencies of one run, from a task's success on the farm to its output verified on disk, for
 * the auto-downloader and the poller, and the auto-downloader's split into phases: its notice (as
 * this bench's own subscriber got it), the farm's answer begun, the last byte written, the file
 * flushed and renamed (from the file's times on disk), its listener told.
 */
final class LatencyReport {
  final Percentiles auto;
  final Percentiles poller;
  private final List<Double> notice = new ArrayList<>();
  private final List<Double> toAnswer = new ArrayList<>();
  private final List<Double> toWritten = new ArrayList<>();
  private final List<Double> toRenamed = new ArrayList<>();
  private final List<Double> toTold = new ArrayList<>();
  private final Percentiles fetch;

  /** Reads the times of every output; the auto-downloader's files must still be on disk. */
  LatencyReport(List<Output> outputs, FarmTimes farm, AutoTimes autoTimes, OutputPoller poll)
      throws IOException {
    List<Double> autoMillis = new ArrayList<>();
    List<Double> pollMillis = new ArrayList<>();
    for (Output output : outputs) {
      Instant succeeded = farm.succeeded(output.taskId());
      Instant verified = autoTimes.verified(output.path());
      autoMillis.add(Percentiles.millis(succeeded, verified));
      pollMillis.add(Percentiles.millis(succeeded, poll.verified(output.taskId())));
      Instant noticed = farm.outputNoticed(output.taskId());
      FileTimes file = FileTimes.of(autoTimes.file(output.path()));
      if (noticed != null) {
        notice.add(Percentiles.millis(succeeded, noticed));
        toAnswer.add(Percentiles.millis(noticed, file.made()));
      }
      toWritten.add(Percentiles.millis(file.made(), file.written()));
      toRenamed.add(Percentiles.millis(file.written(), file.renamed()));
      toTold.add(Percentiles.millis(file.renamed(), autoTimes.told(output.path())));
    }
    this.auto = Percentiles.of(autoMillis);
    this.poller = Percentiles.of(pollMillis);
    this.fetch = Percentiles.ofNanos(poll.fetchNanos());
  }

  /** The phases, a line each, indented under a heading. */
  void printPhases() {
    System.out.println("where the auto-downloader's time goes (file times on disk: +-4 ms):");
    line("success -> notice (bench's)", Percentiles.of(notice));
    line("notice -> answer begun", Percentiles.of(toAnswer));
    line("answer -> last byte written", Percentiles.of(toWritten));
    line("written -> renamed", Percentiles.of(toRenamed));
    line("renamed -> listener told", Percentiles.of(toTold));
    line("one whole fetch (poller's)", fetch);
  }

  private static void line(String what, Percentiles percentiles) {
    System.out.printf("  %-28s %s%n", what, percentiles.line());
  }
}
