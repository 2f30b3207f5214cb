package dev.farmhand.it.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.farmhand.core.protocol.Job;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * One job's page in headless Chromium against a real local farm: scout frames as images, approved,
 * the rest rendered while the page follows the job, and a task's log.
 */
class JobPageTest extends PageOnAFarm {
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
