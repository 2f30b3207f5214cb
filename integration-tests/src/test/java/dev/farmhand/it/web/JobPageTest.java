package dev.farmhand.it.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.farmhand.core.protocol.Job;
import dev.farmhand.farm.FarmConfig;
import dev.farmhand.farm.LocalFarm;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * One job's page in headless Chromium against a real local farm: scout frames as images, approved,
 * the rest rendered while the page follows the job, and a task's log.
 */
@Tag("chromium")
class JobPageTest {
  @TempDir static Path data;
  static LocalFarm farm;
  static WebBrowser browser;
  static WebJobs studio;
  static MyJobsPage page;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(WebBrowser.available(), "needs Debian's chromium and chromium-driver");
    farm = LocalFarm.start(FarmConfig.in(data).withWorkers(1));
    studio = WebJobs.of(farm, "studio", "artist");
    browser = WebBrowser.start();
    page = new MyJobsPage(browser, farm.url());
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.close();
    }
    if (studio != null) {
      studio.client().close();
    }
    if (farm != null) {
      farm.close();
    }
  }

  @BeforeEach
  void freshSession() {
    page.open();
  }

  private static String key(String account, String user) {
    return farm.credentials().key(account, user);
  }

  @Test
  void scoutFramesShowAsImagesAndApproveRendersTheRest() throws Exception {
    Job job = studio.submit("scouted turntable", "sample", "1-4", "auto:2", 100);
    page.logIn(key("studio", "artist"));
    page.waitForStatus(job.id(), "Holding");
    page.row(job.id()).findElement(By.tagName("a")).click();

    await()
        .atMost(MyJobsPage.PATIENCE)
        .until(
            () ->
                page.driver().findElements(By.cssSelector("#scout-frames img")).size() == 2
                    && Boolean.TRUE.equals(
                        page.driver()
                            .executeScript(
                                "return [...document.querySelectorAll('#scout-frames img')]"
                                    + ".every(i => i.complete && i.naturalWidth > 0)")));
    List<String> alts =
        page.driver().findElements(By.cssSelector("#scout-frames img")).stream()
            .map(i -> i.getAttribute("alt"))
            .toList();
    assertThat(alts).containsExactly("Scout frame 1", "Scout frame 4");
    assertThat(page.driver().findElement(By.id("job-status")).getText()).isEqualTo("Holding");
    assertThat(page.driver().findElements(By.cssSelector("#outputs tr"))).hasSize(2);
    browser.screenshot("job-scouts");

    page.driver().findElement(By.id("approve")).click();
    await()
        .atMost(MyJobsPage.PATIENCE)
        .until(() -> page.driver().findElement(By.id("job-status")).getText().equals("Success"));
    assertThat(page.driver().findElements(By.cssSelector("#outputs tr"))).hasSize(4);
    assertThat(page.driver().findElement(By.id("job-outcome")).getText())
        .isEqualTo("Un-Hold: 1 done");

    page.driver().findElement(By.cssSelector("#tasks button")).click();
    await()
        .atMost(MyJobsPage.PATIENCE)
        .until(() -> !page.driver().findElement(By.id("log")).getText().isEmpty());
    browser.screenshot("job-page");
  }
}
