package dev.farmhand.it.bench;

import dev.farmhand.core.protocol.Job;
import dev.farmhand.farm.FarmConfig;
import dev.farmhand.farm.LocalFarm;
import dev.farmhand.it.web.ManyJobs;
import dev.farmhand.it.web.WebBrowser;
import dev.farmhand.it.web.WebJobs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The farm's web page with many jobs, in headless Chromium: the time to the first render of every
 * row against the same rows as static HTML in the same browser, and the time to apply a burst of
 * events against a bare loop making the same changes. Usage: {@code WebBenchmark [JOBS] [EVENTS]},
 * by default 5000 jobs and 100 events. Run with {@code bench/web}, from the repository's root.
 */
public final class WebBenchmark {
  private WebBenchmark() {}

  public static void main(String[] args) throws Exception {
    int jobs = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
    int events = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    if (jobs < 1 || events < 1 || events > jobs || events > 1000) {
      throw new IllegalArgumentException(
          "JOBS " + jobs + " EVENTS " + events + ": give 1 <= EVENTS <= min(JOBS, 1000)");
    }
    if (!WebBrowser.available()) {
      throw new IllegalStateException(
          "needs Debian's chromium and chromium-driver: apt-get install chromium chromium-driver");
    }
    Path data = Files.createTempDirectory("farmhand-web-bench-");
    try (LocalFarm farm = LocalFarm.start(FarmConfig.in(data).withWorkers(2));
        WebBrowser browser = WebBrowser.start()) {
      WebJobs studio = WebJobs.of(farm, "studio", "artist");
      long started = System.nanoTime();
      List<Job> all = ManyJobs.holdingJobs(studio, jobs);
      System.out.printf(
          "%d jobs submitted and their scouts rendered in %.1f s%n",
          jobs, (System.nanoTime() - started) / 1e9);
      ManyJobs.print(
          ManyJobs.measure(browser, farm, farm.credentials().key("studio", "artist"), all, events));
      studio.client().close();
    }
  }
}
