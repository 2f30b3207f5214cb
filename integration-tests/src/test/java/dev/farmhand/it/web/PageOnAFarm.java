package dev.farmhand.it.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.farmhand.farm.FarmConfig;
import dev.farmhand.farm.LocalFarm;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the browser tests of the page share: per test class, a real local farm with one worker, the
 * artist of account {@code studio} submitting through the client, and headless Chromium; before
 * each test, the page opened afresh (logged out). Skipped without Debian's {@code chromium} and
 * {@code chromium-driver}.
 */
@Tag("chromium")
abstract class PageOnAFarm {
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
      browser = null;
    }
    if (studio != null) {
      studio.client().close();
      studio = null;
    }
    if (farm != null) {
      farm.close();
      farm = null;
    }
  }

  @BeforeEach
  void freshSession() {
    page.open();
  }

  static String key(String account, String user) {
    return farm.credentials().key(account, user);
  }
}
