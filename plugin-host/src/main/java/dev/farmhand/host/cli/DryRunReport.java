package dev.farmhand.host.cli;

import dev.farmhand.core.submit.JobSpec;
import dev.farmhand.host.plugins.PluginManifest;
import dev.farmhand.host.submit.JobSummary;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The job {@code farmhand submit --dry-run} would send, as short aligned lines for people. */
final class DryRunReport {
  private DryRunReport() {}

  static String describe(JobSpec job, PluginManifest plugin) throws IOException {
    List<List<String>> files = new ArrayList<>();
    for (List<String> file : JobSummary.files(job)) {
      files.add(List.of("  " + file.get(0), file.get(1), file.get(2)));
    }
    return "job that would be sent (dry run: nothing was sent)\n"
        + Tables.render(JobSummary.rows(job, plugin))
        + Tables.render(files);
  }
}
