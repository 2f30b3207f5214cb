package dev.farmhand.it.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.farmhand.core.protocol.Job;
import dev.farmhand.farm.FarmConfig;
import dev.farmhand.farm.LocalFarm;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page with 5,000 jobs: every row is shown and a burst of 100 events reaches every row it
 * changes, live. The times are printed, not asserted (bench/web compares them with a reference).
 */
@Tag("chromium")
@Tag("slow")
class MyJobsPageWithManyJobsTest {
  @TempDir Path data;

  @Test
  void fiveThousandJobsAreAllShownAndAHundredEventsAllApplied() throws Exception {
    assumeTrue(WebBrowser.available(), "needs Debian's chromium and chromium-driver");
    try (LocalFarm farm = LocalFarm.start(FarmConfig.in(data).withWorkers(2));
        WebBrowser browser = WebBrowser.start()) {
      WebJobs studio = WebJobs.of(farm, "studio", "artist");
      List<Job> jobs = ManyJobs.holdingJobs(studio, 5000);
      ManyJobs.Result result =
          ManyJobs.measure(browser, farm, farm.credentials().key("studio", "artist"), jobs, 100);
      ManyJobs.print(result);
      assertThat(result.rows()).isEqualTo(5000);
      assertThat(result.events()).isEqualTo(100);
      studio.client().close();
    }
  }
}
