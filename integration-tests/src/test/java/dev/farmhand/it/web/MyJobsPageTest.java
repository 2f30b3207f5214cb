package dev.farmhand.it.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.farmhand.core.protocol.Job;
import dev.farmhand.core.status.Control;
import dev.farmhand.core.status.JobStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * "My Jobs" in headless Chromium against a real local farm with one worker: selection, the context
 * menu and toolbar, rows changing live, Set Priority by role, Kill offering Hold, and catching up
 * after the page's network was cut.
 */
class MyJobsPageTest extends PageOnAFarm {
  @Test
  void twoJobsSelectedAndHeldThroughTheContextMenuChangeWithoutAReload() throws Exception {
    // One worker, busy with a job of higher priority: the two jobs below wait, Pending.
    Job busy = studio.submit("busy turntable", "sample", "1-200", null, 90);
    Job first = studio.submit("shot 010 <b>lighting</b>", "sample", "1-4", null, 10);
    Job second = studio.submit("shot 020 comp", "sample", "1-4", null, 10);
    try {
      page.logIn(key("studio", "artist"));
      page.driver().executeScript("window.farmhandNotReloaded = true");
      page.waitForStatus(first.id(), "Pending");
      page.waitForStatus(second.id(), "Pending");
      assertThat(page.row(first.id()).findElement(By.tagName("a")).getText())
          .isEqualTo("shot 010 <b>lighting</b>");

      page.click(first.id());
      page.click(second.id(), Keys.CONTROL);
      assertThat(page.selected(first.id())).isTrue();
      assertThat(page.selected(second.id())).isTrue();
      assertThat(page.selected(busy.id())).isFalse();

      page.rightClick(second.id());
      List<String> items = page.menuItems().stream().map(WebElement::getText).toList();
      assertThat(items)
          .containsExactly(
              "Retry",
              "Complete",
              "Reviewed",
              "Kill…",
              "Retry All Fails",
              "Retry Sync",
              "Un-Hold",
              "Hold");
      WebElement retry = page.menuItem("Retry");
      assertThat(retry.getAttribute("aria-disabled")).isEqualTo("true");
      assertThat(retry.getAttribute("title"))
          .contains("Retry does not apply to a Pending job: its tasks have not run yet");
      browser.screenshot("context-menu");
      page.menuItem("Hold").click();

      page.waitForStatus(first.id(), "Holding");
      page.waitForStatus(second.id(), "Holding");
      assertThat(page.cell(first.id(), 8)).isEqualTo("Hold: done");
      assertThat(page.cell(second.id(), 8)).isEqualTo("Hold: done");
      assertThat(page.outcome()).isEqualTo("Hold: 2 done");
      assertThat(page.driver().executeScript("return window.farmhandNotReloaded")).isEqualTo(true);
      assertThat(studio.client().job(first.id()).status()).isEqualTo(JobStatus.HOLDING);
      browser.screenshot("my-jobs-held");

      new Select(page.driver().findElement(By.id("filter"))).selectByVisibleText("Holding");
      assertThat(page.row(first.id()).isDisplayed()).isTrue();
      assertThat(page.row(second.id()).isDisplayed()).isTrue();
      assertThat(page.row(busy.id()).isDisplayed()).isFalse();
      new Select(page.driver().findElement(By.id("filter"))).selectByVisibleText("All statuses");
      assertThat(page.row(busy.id()).isDisplayed()).isTrue();

      // A job submitted now appears on top, live (waiting behind the busy one), and the
      // selection stays as it was.
      Job later = studio.submit("submitted while watching", "noop", "1", null, 10);
      page.waitForStatus(later.id(), "Pending");
      assertThat(
              page.driver()
                  .findElement(By.cssSelector("#rows tr:first-child"))
                  .getAttribute("data-id"))
          .isEqualTo(later.id());
      assertThat(page.selected(first.id())).isTrue();
      assertThat(page.selected(later.id())).isFalse();
    } finally {
      studio.client().holdAndKill(List.of(busy.id(), first.id(), second.id()));
    }
  }

  @Test
  void aUserCannotSeeSetPriorityAndTheFarmRefusesItTooWhileAnAdminSetsIt() throws Exception {
    Job job = studio.submit("priority shot", "sample", "1-2", "1", 30);
    studio.client().act(Control.HOLD, List.of(job.id()), null);

    page.logIn(key("studio", "artist"));
    page.click(job.id());
    assertThat(page.toolbar()).doesNotContain("Set Priority…").contains("Hold", "Un-Hold");
    page.rightClick(job.id());
    assertThat(page.menuItems().stream().map(WebElement::getText)).doesNotContain("Set Priority…");
    new org.openqa.selenium.interactions.Actions(page.driver()).sendKeys(Keys.ESCAPE).perform();

    // The farm refuses it too: the page's own session, asking as the page would.
    @SuppressWarnings("unchecked")
    Map<String, Object> refused =
        (Map<String, Object>)
            page.driver()
                .executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                        + "const s = await (await fetch('/web/session')).json();"
                        + "const r = await fetch('/api/v1/jobs/actions', {method: 'POST',"
                        + " headers: {'Content-Type': 'application/json', 'X-Farmhand-Csrf': s.csrf},"
                        + " body: JSON.stringify({control: 'set_priority', job_ids: ['"
                        + job.id()
                        + "'], priority: 99})});"
                        + "done({status: r.status, body: await r.json()});");
    assertThat(refused.get("status")).isEqualTo(403L);
    assertThat(refused.get("body").toString())
        .contains("Set Priority needs an admin key; 'artist' is a user of account 'studio'");
    assertThat(studio.client().job(job.id()).priority()).isEqualTo(30);

    page.open().logIn(key("studio", "lead"));
    page.click(job.id());
    page.toolbarButton("Set Priority…").click();
    WebElement value = page.driver().findElement(By.id("priority-value"));
    value.clear();
    value.sendKeys("85");
    browser.screenshot("set-priority");
    page.driver().findElement(By.id("priority-set")).click();
    await().atMost(MyJobsPage.PATIENCE).until(() -> page.cell(job.id(), 5).equals("85"));
    assertThat(page.outcome()).isEqualTo("Set Priority: 1 done");
    assertThat(studio.client().job(job.id()).priority()).isEqualTo(85);
  }

  @Test
  void rowsAreSelectedWithShiftClickAndTheKeyboardAndTheMenuOpensFromTheKeyboard()
      throws Exception {
    List<Job> jobs = new java.util.ArrayList<>();
    for (int i = 0; i < 4; i++) {
      jobs.add(studio.submit("keys " + i, "noop", "1", null, 10));
    }
    page.logIn(key("studio", "artist"));
    // Newest first: keys 3, keys 2, keys 1, keys 0.
    page.click(jobs.get(3).id());
    page.click(jobs.get(1).id(), Keys.SHIFT);
    assertThat(page.selected(jobs.get(3).id())).isTrue();
    assertThat(page.selected(jobs.get(2).id())).isTrue();
    assertThat(page.selected(jobs.get(1).id())).isTrue();
    assertThat(page.selected(jobs.get(0).id())).isFalse();

    // Finished jobs: Hold is greyed, with the farm's reason on hover and, when pressed, in words.
    for (Job job : jobs) {
      page.waitForStatus(job.id(), "Success");
    }
    WebElement hold = page.toolbarButton("Hold");
    assertThat(hold.getAttribute("aria-disabled")).isEqualTo("true");
    assertThat(hold.getAttribute("title"))
        .contains(
            jobs.get(2).id()
                + ": Hold does not apply to a Success job: it is finished: nothing is left to hold");
    hold.click();
    assertThat(page.outcome()).startsWith("Hold: " + jobs.get(3).id() + ": Hold does not apply");
    assertThat(studio.client().job(jobs.get(2).id()).status()).isEqualTo(JobStatus.SUCCESS);

    WebElement table = page.driver().findElement(By.id("jobs"));
    table.sendKeys(Keys.ARROW_DOWN);
    assertThat(page.selected(jobs.get(0).id())).isTrue();
    assertThat(page.selected(jobs.get(1).id())).isFalse();
    table.sendKeys(Keys.chord(Keys.SHIFT, Keys.ARROW_UP));
    assertThat(page.selected(jobs.get(1).id())).isTrue();
    table.sendKeys(Keys.chord(Keys.SHIFT, Keys.F10));
    assertThat(page.menuItems()).isNotEmpty();
    assertThat(page.driver().switchTo().activeElement().getAttribute("role")).isEqualTo("menuitem");
    page.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
    assertThat(page.driver().findElement(By.id("menu")).isDisplayed()).isFalse();
    assertThat(page.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("jobs");
    table.sendKeys(Keys.ENTER);
    await()
        .atMost(MyJobsPage.PATIENCE)
        .until(() -> page.driver().findElement(By.id("job-title")).getText().equals("keys 1"));
  }

  @Test
  void aPageWhoseNetworkWasCutShowsWhatChangedMeanwhileWhenItComesBack() throws Exception {
    Job job = studio.submit("changed while asleep", "noop", "1-2", "1", 10);
    try (CuttableProxy network = new CuttableProxy(farm.url())) {
      MyJobsPage through = new MyJobsPage(browser, network.url()).open();
      through.logIn(key("studio", "artist"));
      through.waitForStatus(job.id(), "Holding");
      through.driver().executeScript("window.farmhandNotReloaded = true");

      network.cut();
      await()
          .atMost(MyJobsPage.PATIENCE)
          .until(() -> !through.driver().findElement(By.id("live")).getText().equals("Live"));
      studio.client().act(Control.KILL, List.of(job.id()), null);
      assertThat(studio.client().job(job.id()).status()).isEqualTo(JobStatus.KILLED);
      assertThat(through.status(job.id())).isEqualTo("Holding");

      network.restore();
      through.waitForStatus(job.id(), "Killed");
      assertThat(through.driver().findElement(By.id("live")).getText()).isEqualTo("Live");
      assertThat(through.driver().executeScript("return window.farmhandNotReloaded"))
          .isEqualTo(true);
    }
  }

  @Test
  void killOffersHoldFirstAndHoldAndKillEndsAQueuedJobAtOnce() throws Exception {
    Job busy = studio.submit("busy for kill", "sample", "1-200", null, 95);
    Job queued = studio.submit("queued shot", "sample", "1-4", null, 5);
    try {
      page.logIn(key("studio", "artist"));
      page.waitForStatus(queued.id(), "Pending");
      page.click(queued.id());
      page.toolbarButton("Kill…").click();
      WebElement dialog = page.driver().findElement(By.id("kill-dialog"));
      assertThat(dialog.isDisplayed()).isTrue();
      assertThat(page.driver().findElement(By.id("kill-text")).getText())
          .isEqualTo(
              "Kill stops the running tasks; the queued ones still run unless the job is held"
                  + " first. Hold and Kill stops it all.");
      assertThat(page.driver().switchTo().activeElement().getText()).isEqualTo("Hold and Kill");
      browser.screenshot("kill-dialog");
      page.driver().findElement(By.id("hold-kill")).click();
      page.waitForStatus(queued.id(), "Killed");
      assertThat(page.cell(queued.id(), 8)).isEqualTo("Kill: done");
      assertThat(studio.client().job(queued.id()).flags().held()).isTrue();
    } finally {
      studio.client().holdAndKill(List.of(busy.id(), queued.id()));
    }
  }
}
