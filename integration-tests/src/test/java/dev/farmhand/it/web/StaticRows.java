package dev.farmhand.it.web;

import static org.awaitility.Awaitility.await;

import dev.farmhand.core.protocol.Job;
import dev.farmhand.farm.LocalFarm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The reference for {@link ManyJobs}: the page's rows as static HTML, in the same browser. */
final class StaticRows {
  private StaticRows() {}

  /**
   * Loads the same rows as a static HTML file with the page's own style sheet, and times: its first
   * render; a bare loop changing the rows {@code changed} as the events did; the selected class
   * toggled on row {@code middle}; the selected class taken off every row and put back.
   */
  static double[] measure(
      WebBrowser browser, LocalFarm farm, List<Job> jobs, List<String> changed, String middle)
      throws IOException {
    List<Job> newestFirst = new ArrayList<>(jobs);
    Collections.reverse(newestFirst);
    StringBuilder html = new StringBuilder();
    html.append("<!doctype html><html><head><meta charset=utf-8><link rel=stylesheet href=\"")
        .append(farm.url())
        .append("/web/assets/style.css\"></head><body><div class=app><nav class=side></nav>")
        .append("<main class=main><div class=table-wrap><table class=jobs><thead><tr>")
        .append("<th>Status</th><th>Title</th><th>Frames</th><th>Failed</th><th>Running</th>")
        .append(
            "<th>Priority</th><th>Submitted</th><th>Elapsed</th><th>Outcome</th></tr></thead><tbody>");
    for (Job job : newestFirst) {
      html.append("<tr id=\"job-")
          .append(job.id())
          .append("\"><td><span class=\"status s-holding\">Holding</span></td><td><a>")
          .append(escape(job.title()))
          .append("</a></td><td>1 / 2</td><td>0</td><td>0</td><td>")
          .append(job.priority())
          .append("</td><td>2026-01-01 00:00</td><td>0s</td><td></td></tr>");
    }
    html.append(
            "</tbody></table></div></main></div><script>requestAnimationFrame(() => setTimeout(() =>")
        .append(
            " { performance.mark('static-rendered'); document.body.dataset.rendered = 'yes'; }));")
        .append("</script></body></html>");
    Path file = Files.createTempFile("farmhand-static-", ".html");
    try {
      Files.writeString(file, html, StandardCharsets.UTF_8);
      browser.driver().get(file.toUri().toString());
      await()
          .atMost(Duration.ofMinutes(2))
          .until(() -> "yes".equals(ManyJobs.attr(browser, "data-rendered")));
      double render =
          ManyJobs.number(
              browser
                  .driver()
                  .executeScript(
                      "return performance.getEntriesByName('static-rendered')[0].startTime"));
      double apply =
          ManyJobs.number(
              browser
                  .driver()
                  .executeAsyncScript(
                      "const [ids, done] = [arguments[0], arguments[arguments.length - 1]];"
                          + "const t0 = performance.now();"
                          + "for (const id of ids) { const b = document.getElementById('job-' + id).cells[0].firstChild;"
                          + "  b.className = 'status s-killed'; b.textContent = 'Killed'; }"
                          + "done(performance.now() - t0);",
                      changed));
      double one =
          ManyJobs.timed(
              browser,
              "document.getElementById('job-" + middle + "').classList.toggle('selected');");
      double all =
          ManyJobs.timed(
              browser,
              "const rows = document.querySelectorAll('tbody tr');"
                  + "for (const tr of rows) tr.classList.remove('selected');"
                  + "for (const tr of rows) tr.classList.add('selected');");
      return new double[] {render, apply, one, all};
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
