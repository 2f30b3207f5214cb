package dev.farmhand.it.web;

import static org.awaitility.Awaitility.await;

import dev.farmhand.core.protocol.Job;
import dev.farmhand.core.status.JobStatus;
import dev.farmhand.farm.LocalFarm;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The web page with thousands of jobs, measured in the browser: the time to the first render of
 * every row, and the time to apply a burst of events; each against a reference in the same browser
 * (the same rows as a static HTML file, and the same cells changed by a bare loop on it: both
 * without the layout and paint that follow).
 */
public final class ManyJobs {
  private ManyJobs() {}

  /**
   * What one run measured, in milliseconds of the browser's clock.
   *
   * @param rows rows the page showed
   * @param pageFirstRender from navigation to every row painted, the jobs read from the farm
   * @param pageRenderOnly from the jobs' arrival to every row painted
   * @param staticRender from navigation to the same rows painted from a static HTML file
   * @param events events applied in the burst
   * @param eventsEndToEnd from the control's request to the last of its events applied
   * @param eventsApply time the page spent applying them (sum over animation frames)
   * @param frames animation frames they were applied in
   * @param staticApply a bare script changing the same rows of the static file
   * @param pageSelectOne a click on a row to the next frame painted, the row selected
   * @param pageSelectAll Escape then Ctrl+A to the next frame painted, every row selected
   * @param staticSelectOne the same class change on a row of the static file, to its frame
   * @param staticSelectAll the class taken off every row of the static file and put back
   */
  public record Result(
      int rows,
      double pageFirstRender,
      double pageRenderOnly,
      double staticRender,
      int events,
      double eventsEndToEnd,
      double eventsApply,
      int frames,
      double staticApply,
      double pageSelectOne,
      double pageSelectAll,
      double staticSelectOne,
      double staticSelectAll) {}

  /** Times a script's change to the next frame painted, in the browser, best of five. */
  private static final String TIMED =
      "const done = arguments[arguments.length - 1];"
          + "const times = []; let round = 0;"
          + "const next = () => { const t0 = performance.now(); change();"
          + "  requestAnimationFrame(() => setTimeout(() => {"
          + "    times.push(performance.now() - t0);"
          + "    if (++round < 5) next(); else done(Math.min(...times)); })); };"
          + "next();";

  static double timed(WebBrowser browser, String change) {
    return number(
        browser.driver().executeAsyncScript("const change = () => {" + change + "};" + TIMED));
  }

  /**
   * Submits {@code count} two-frame jobs whose one-frame scout renders (with the no-op renderer)
   * and leaves them Holding, and waits until all are.
   */
  public static List<Job> holdingJobs(WebJobs jobs, int count) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<Job>> submitted = new ArrayList<>();
    try {
      for (int i = 0; i < count; i++) {
        String title = String.format("shot %04d <lighting & comp>", i);
        submitted.add(pool.submit(() -> jobs.submit(title, "noop", "1-2", "1", 50)));
      }
      List<Job> all = new ArrayList<>();
      for (Future<Job> job : submitted) {
        all.add(job.get());
      }
      await()
          .atMost(Duration.ofMinutes(15))
          .pollInterval(Duration.ofSeconds(1))
          .until(
              () ->
                  jobs.client()
                      .jobs(
                          Set.of(JobStatus.PENDING, JobStatus.SYNC_PENDING, JobStatus.RUNNING),
                          null,
                          1)
                      .jobs()
                      .isEmpty());
      return all;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Logs in, measures the first render, then kills {@code killed} jobs and measures the burst. */
  public static Result measure(
      WebBrowser browser, LocalFarm farm, String key, List<Job> jobs, int killed)
      throws IOException {
    MyJobsPage page = new MyJobsPage(browser, farm.url()).open();
    page.logIn(key);
    var driver = browser.driver();
    await()
        .atMost(Duration.ofMinutes(2))
        .until(() -> String.valueOf(jobs.size()).equals(attr(browser, "data-rendered")));
    int rows =
        ((Number) driver.executeScript("return document.querySelectorAll('#rows tr').length"))
            .intValue();
    double first =
        number(
            driver.executeScript(
                "return performance.getEntriesByName('farmhand-jobs-rendered')[0].startTime"));
    double received =
        number(
            driver.executeScript(
                "return performance.getEntriesByName('farmhand-jobs-received')[0].startTime"));

    // The burst: Kill on Holding jobs changes no task, so each makes exactly one event.
    // The rows at the top of the page, so the screenshot shows them changed.
    @SuppressWarnings("unchecked")
    List<String> ids =
        (List<String>)
            driver.executeScript(
                "return [...document.querySelectorAll('#rows tr')].slice(0, arguments[0])"
                    + ".map(r => r.dataset.id)",
                killed);
    @SuppressWarnings("unchecked")
    Map<String, Object> burst =
        (Map<String, Object>)
            driver.executeAsyncScript(
                "const [ids, done] = [arguments[0], arguments[arguments.length - 1]];"
                    + "const before = Number(document.body.dataset.applied || 0);"
                    + "const measures = performance.getEntriesByName('farmhand-apply').length;"
                    + "const s = await (await fetch('/web/session')).json();"
                    + "const t0 = performance.now();"
                    + "const r = await fetch('/api/v1/jobs/actions', {method: 'POST', headers:"
                    + " {'Content-Type': 'application/json', 'X-Farmhand-Csrf': s.csrf},"
                    + " body: JSON.stringify({control: 'kill', job_ids: ids})});"
                    + "if (!r.ok) { done({error: await r.text()}); return; }"
                    + "const wait = () => {"
                    + "  if (Number(document.body.dataset.applied || 0) - before < ids.length) {"
                    + "    requestAnimationFrame(wait); return; }"
                    + "  const applied = performance.getEntriesByName('farmhand-apply').slice(measures);"
                    + "  done({total: performance.now() - t0,"
                    + "    apply: applied.reduce((a, m) => a + m.duration, 0),"
                    + "    frames: applied.length,"
                    + "    events: Number(document.body.dataset.applied) - before}); };"
                    + "wait();",
                ids);
    if (burst.containsKey("error")) {
      throw new IllegalStateException("the farm refused the kill: " + burst.get("error"));
    }
    for (String id : ids) {
      if (!page.status(id).equals("Killed")) {
        throw new IllegalStateException("job " + id + " shows " + page.status(id));
      }
    }
    browser.screenshot("many-jobs");
    String middle = jobs.get(jobs.size() / 2).id();
    double selectOne =
        timed(
            browser,
            "document.getElementById('job-"
                + middle
                + "').cells[0].dispatchEvent(new MouseEvent('click', {bubbles: true}));");
    double selectAll =
        timed(
            browser,
            "const t = document.getElementById('jobs'); t.dispatchEvent(new KeyboardEvent('keydown',"
                + " {key: 'Escape', bubbles: true})); t.dispatchEvent(new KeyboardEvent('keydown',"
                + " {key: 'a', ctrlKey: true, bubbles: true}));");
    if (!page.selected(middle)) {
      throw new IllegalStateException("Ctrl+A did not select job " + middle);
    }
    double[] reference = StaticRows.measure(browser, farm, jobs, ids, middle);
    return new Result(
        rows,
        first,
        first - received,
        reference[0],
        ((Number) burst.get("events")).intValue(),
        number(burst.get("total")),
        number(burst.get("apply")),
        ((Number) burst.get("frames")).intValue(),
        reference[1],
        selectOne,
        selectAll,
        reference[2],
        reference[3]);
  }

  static String attr(WebBrowser browser, String name) {
    return browser.driver().findElement(org.openqa.selenium.By.tagName("body")).getAttribute(name);
  }

  static double number(Object value) {
    return ((Number) value).doubleValue();
  }

  /** Prints a run's figures, each beside its reference and the ratio. */
  public static void print(Result r) {
    System.out.printf(
        "rows shown: %d%n"
            + "first render, page (jobs read from the farm): %8.1f ms%n"
            + "first render, page (from the jobs' arrival):  %8.1f ms%n"
            + "first render, static HTML of the same rows:   %8.1f ms   page/static %.2fx (render only %.2fx)%n"
            + "%d events, request to last applied:           %8.1f ms%n"
            + "%d events, page's work applying them:          %8.1f ms in %d animation frames%n"
            + "the same rows changed by a bare script:       %8.1f ms   page/bare %.2fx%n"
            + "click a row, to its frame painted:            %8.1f ms   static row %.1f ms: %.2fx%n"
            + "Escape, Ctrl+A (every row), to the frame:     %8.1f ms   static rows %.1f ms: %.2fx%n",
        r.rows(),
        r.pageFirstRender(),
        r.pageRenderOnly(),
        r.staticRender(),
        r.pageFirstRender() / r.staticRender(),
        r.pageRenderOnly() / r.staticRender(),
        r.events(),
        r.eventsEndToEnd(),
        r.events(),
        r.eventsApply(),
        r.frames(),
        r.staticApply(),
        r.eventsApply() / r.staticApply(),
        r.pageSelectOne(),
        r.staticSelectOne(),
        r.pageSelectOne() / r.staticSelectOne(),
        r.pageSelectAll(),
        r.staticSelectAll(),
        r.pageSelectAll() / r.staticSelectAll());
  }
}
