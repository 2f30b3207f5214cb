package dev.farmhand.it.bench;

import static org.awaitility.Awaitility.await;

import dev.farmhand.core.autodownload.AutoDownloader;
import dev.farmhand.core.autodownload.Summary;
import dev.farmhand.core.client.FarmClient;
import dev.farmhand.core.download.Downloader;
import dev.farmhand.core.notices.NoticeSubscriber;
import dev.farmhand.core.protocol.Dependency;
import dev.farmhand.core.protocol.Output;
import dev.farmhand.farm.FarmConfig;
import dev.farmhand.farm.LocalFarm;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The auto-downloader against the local farm, in one run: the time from a task's success on the
 * farm to its output verified on disk (p50, p99, max over FRAMES one-frame tasks) for the
 * auto-downloader, which follows MQTT notices, against a poller that asks the farm every second,
 * both on the same job at the same time; then the {@link Downloader}'s throughput against one
 * {@code curl} process fetching the same outputs as many at a time (see {@link
 * DownloadThroughput}). Usage: {@code AutoDownloadBenchmark [FRAMES] [WORKERS]}, by default 200
 * frames on 2 workers. Run with {@code bench/autodownload}, from the repository's root.
 */
public final class AutoDownloadBenchmark {
  private static final Duration POLL_EVERY = Duration.ofSeconds(1);
  private static final double TARGET_P99_MILLIS = 100;

  private AutoDownloadBenchmark() {}

  public static void main(String[] args) throws Exception {
    int frames = arg(args, 0, 200);
    int workers = arg(args, 1, 2);
    if (frames < 1 || workers < 1) {
      throw new IllegalArgumentException(
          "FRAMES is " + frames + " and WORKERS " + workers + ": give 1 or more of each");
    }
    TurntableJobs.sample();
    System.out.printf(
        "machine: %d cores, load average %.1f (other work skews absolute times more than ratios)%n%n",
        Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    try (Scratch scratch = new Scratch();
        LocalFarm farm =
            LocalFarm.start(FarmConfig.in(scratch.folder("farm")).withWorkers(workers));
        FarmClient client = client(farm)) {
      String key = farm.credentials().key("studio", "artist");
      latency(scratch, client, key, frames, workers);
      System.out.println();
      new DownloadThroughput(scratch, farm, client, key).run();
    }
  }

  private static void latency(
      Scratch scratch, FarmClient client, String key, int frames, int workers) throws Exception {
    List<Dependency> files = TurntableJobs.upload(client, TurntableJobs.sample());
    FarmTimes farmTimes = new FarmTimes(frames);
    AutoTimes autoTimes = new AutoTimes(frames);
    long nanos;
    List<Output> outputs;
    LatencyReport report;
    NoticeSubscriber.Stats noticeStats;
    Summary summary;
    try (NoticeSubscriber notices =
            NoticeSubscriber.builder(client, key).start(farmTimes::onEvent);
        AutoDownloader auto =
            AutoDownloader.builder(client, key)
                .into(scratch.folder("auto"))
                .listener(autoTimes::on)
                .start()) {
      await()
          .atMost(Duration.ofSeconds(30))
          .pollInterval(Duration.ofMillis(20))
          .alias("the auto-downloader and the bench's own subscriber to connect to MQTT")
          .until(
              () ->
                  notices.stats().connected()
                      && auto.noticeStats().connected()
                      && autoTimes.caughtUp().getCount() == 0);
      long start = System.nanoTime();
      String job =
          client
              .createJob(TurntableJobs.request(files, "1-" + frames), UUID.randomUUID().toString())
              .job()
              .id();
      Downloader fetcher = Downloader.builder(client).into(scratch.folder("poller")).build();
      try (OutputPoller poller = new OutputPoller(client, fetcher, job, frames, POLL_EVERY)) {
        long deadline =
            System.nanoTime() + Duration.ofSeconds(60 + 3L * frames / workers).toNanos();
        if (!(until(farmTimes.successes(), deadline)
            && until(autoTimes.all(), deadline)
            && until(poller.all(), deadline))) {
          throw new IllegalStateException(
              String.format(
                  "job %s did not come home in time: %d of %d tasks succeeded, the auto-downloader"
                      + " verified %d (last problem: %s), the poller %d (last problem: %s);"
                      + " the farm's task logs say why a task failed",
                  job,
                  farmTimes.seen(),
                  frames,
                  autoTimes.count(),
                  autoTimes.lastProblem(),
                  poller.count(),
                  poller.lastProblem()));
        }
        nanos = System.nanoTime() - start;
        outputs = client.outputs(job);
        report = new LatencyReport(outputs, farmTimes, autoTimes, poller);
      }
      noticeStats = auto.noticeStats();
      summary = auto.summary();
    }
    long bytes = outputs.stream().mapToLong(Output::size).sum();
    System.out.printf(
        "latency: task success on the farm -> file verified on disk; %d one-frame tasks of 320x180"
            + " (%.0f KB each) on %d workers, all home in %.1f s%n",
        outputs.size(), bytes / 1e3 / outputs.size(), workers, nanos / 1e9);
    Percentiles a = report.auto;
    Percentiles p = report.poller;
    System.out.printf("%-30s %s%n", "auto-downloader (MQTT)", a.line());
    System.out.printf("%-30s %s%n", "poller, every " + POLL_EVERY.toSeconds() + " s", p.line());
    System.out.printf(
        "%-30s p50 %7.1fx      p99 %7.1fx%n",
        "ratio poller / auto", p.p50() / a.p50(), p.p99() / a.p99());
    report.printPhases();
    int told = autoTimes.jobsDownloaded();
    System.out.printf(
        "auto-downloader: %d fetched, %d failed, told the job Downloaded %d time%s%n",
        summary.fetched(), summary.failed(), told, told == 1 ? "" : "s (once is right)");
    System.out.printf(
        "its notices: MQTT connects %d, connected: %s, REST catch-ups %d, gaps %d%n",
        noticeStats.connects(),
        noticeStats.connected(),
        noticeStats.catchUps(),
        noticeStats.gaps());
    System.out.printf(
        "target: auto-downloader p99 < %.0f ms: %s (%.1f ms)%n",
        TARGET_P99_MILLIS, verdict(a.p99() < TARGET_P99_MILLIS), a.p99());
  }

  /** Waits for the latch until the deadline ({@link System#nanoTime()}); false if it ran out. */
  private static boolean until(CountDownLatch latch, long deadline) throws InterruptedException {
    return latch.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
  }

  private static FarmClient client(LocalFarm farm) {
    return FarmClient.builder()
        .farm(farm.url())
        .key(farm.credentials().key("studio", "artist"))
        .build();
  }

  static String verdict(boolean met) {
    return met ? "met" : "NOT met";
  }

  private static int arg(String[] args, int index, int otherwise) {
    return args.length > index ? Integer.parseInt(args[index]) : otherwise;
  }
}
