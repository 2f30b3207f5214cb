package dev.farmhand.core.download;

import dev.farmhand.core.client.FarmClient;
import dev.farmhand.core.protocol.Job;
import dev.farmhand.core.protocol.Nullable;
import dev.farmhand.core.protocol.Output;
import dev.farmhand.core.sync.Cancellation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * What a download has to do for one job, decided before any byte is fetched: the folder, and for
 * each output whether it is fetched, skipped (already there, same SHA-256), a conflict (a different
 * file is there and overwriting was not asked) or refused (its path would land outside the folder).
 * Not thread-safe; made and read by one thread.
 */
final class JobPlan {
  /** An output to fetch, with where it lands and how many bytes it still needs. */
  record Fetch(String jobId, Output output, Path target, long toFetch) {}

  final String jobId;
  final JobFolder folder;
  final int outputs;
  final List<Fetch> fetches = new ArrayList<>();
  final List<String> conflicts = new ArrayList<>();
  final List<DownloadFailure> failures = new ArrayList<>();
  int skipped;

  private JobPlan(String jobId, JobFolder folder, int outputs) {
    this.jobId = jobId;
    this.folder = folder;
    this.outputs = outputs;
  }

  static JobPlan make(
      FarmClient client,
      String jobId,
      Path root,
      @Nullable Path chosen,
      boolean overwrite,
      Cancellation cancellation)
      throws IOException {
    Job job = client.job(jobId);
    List<Output> outputs = client.outputs(jobId);
    JobPlan plan = new JobPlan(job.id(), Folders.choose(job, root, chosen), outputs.size());
    for (Output output : outputs) {
      FileFetch.checkCancelled(cancellation);
      plan.place(output, overwrite);
    }
    return plan;
  }

  private void place(Output output, boolean overwrite) {
    try {
      Placement.Decision decision = Placement.decide(folder.path(), output, target -> overwrite);
      switch (decision.kind()) {
        case FETCHED ->
            fetches.add(new Fetch(jobId, output, decision.target(), decision.toFetch()));
        case ALREADY_THERE -> skipped++;
        case CONFLICT -> conflicts.add(output.path());
        case REFUSED ->
            failures.add(new DownloadFailure(output.path(), decision.detail(), decision.refusal()));
      }
    } catch (IOException e) {
      failures.add(new DownloadFailure(output.path(), output.path() + ": " + e.getMessage(), e));
    }
  }

  /**
   * Reports as failures the fetches whose target an earlier job of the same download claimed (two
   * jobs writing one output folder), and claims the others.
   */
  void dropClaimed(Set<Path> claimed) {
    for (Iterator<Fetch> it = fetches.iterator(); it.hasNext(); ) {
      Fetch fetch = it.next();
      if (!claimed.add(fetch.target())) {
        it.remove();
        String path = fetch.output().path();
        failures.add(
            new DownloadFailure(
                path,
                path
                    + ": another job of this download writes "
                    + fetch.target()
                    + " too;"
                    + " download the jobs one at a time, or into separate folders with --to DIR",
                new IOException("two jobs write " + fetch.target())));
      }
    }
  }

  long bytesToFetch() {
    return fetches.stream().mapToLong(Fetch::toFetch).sum();
  }
}
