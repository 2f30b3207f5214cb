package dev.farmhand.host.cli;

import dev.farmhand.core.autodownload.Activity;
import dev.farmhand.core.autodownload.AutoDownloader;
import dev.farmhand.core.autodownload.AutoDownloaderBuilder;
import dev.farmhand.core.autodownload.Summary;
import dev.farmhand.core.client.FarmClient;
import dev.farmhand.core.client.FarmSettings;
import dev.farmhand.core.download.RateLimit;
import dev.farmhand.core.protocol.Json;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code farmhand autodownload [--to DIR] [--job ID]… [--pattern GLOB] [--max-rate RATE] [--once]
 * [--json]}: the auto-downloader. Catches up on what it missed, then follows the farm's notices and
 * brings each output home as its task succeeds, until stopped (Ctrl-C); with {@code --once} it
 * catches up and exits (0 when every output is on disk, 1 otherwise). A line per file and per job
 * marked Downloaded on stdout ({@code --json}: a JSON object per line).
 */
@Command(
    name = "autodownload",
    mixinStandardHelpOptions = true,
    description = {
      "Brings each output home as soon as its task succeeds (scout frames too), verified.",
      "Catches up on what it missed first; a kill at any moment loses nothing. One per folder.",
      "Marks a job Downloaded when every successful output of it is on disk and verified."
    })
final class AutodownloadCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin FarmOptions farm;

  @Mixin DownloadFolderOptions folders;

  @Option(
      names = "--job",
      paramLabel = "ID",
      description = "follow only this job (repeat for more); default: every job of the account")
  List<String> jobs = new ArrayList<>();

  @Option(
      names = "--pattern",
      paramLabel = "GLOB",
      description =
          "only outputs matching: '*.png' (file name) or 'renders/**' (path); a job with outputs"
              + " left out is not marked Downloaded")
  String pattern;

  @Option(
      names = "--max-rate",
      paramLabel = "RATE",
      description = "cap the bandwidth of all downloads together, in bytes/s: 500K, 20M")
  String maxRate;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "files fetched at once (default: ${DEFAULT-VALUE})")
  int threads = 4;

  @Option(names = "--once", description = "catch up, then exit")
  boolean once;

  @Option(names = "--json", description = "a JSON object per line instead of text")
  boolean json;

  @Override
  public Integer call() throws Exception {
    FarmSettings settings = folders.settings(farm);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ActivityLines lines = new ActivityLines(out, json);
    try (FarmClient client = settings.clientBuilder().build()) {
      AutoDownloaderBuilder builder =
          AutoDownloader.builder(client, settings.key()).threads(threads).listener(lines::print);
      settings.downloads().ifPresent(builder::downloadRoot);
      if (folders.to != null) {
        builder.into(folders.to);
      }
      jobs.forEach(builder::job);
      if (pattern != null) {
        builder.pattern(pattern);
      }
      if (maxRate != null) {
        builder.rateLimit(RateLimit.parse(maxRate));
      }
      if (once) {
        Summary summary = builder.runOnce();
        lines.summary(summary, err);
        return summary.allWell() ? ExitCode.OK : ExitCode.FAILED;
      }
      follow(builder, err);
      return ExitCode.OK;
    }
  }

  /** Runs until the process is told to stop; the hook closes it, letting go of the lock. */
  private static void follow(AutoDownloaderBuilder builder, PrintWriter err) throws Exception {
    AutoDownloader auto = builder.start();
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              auto.close();
              stopped.countDown();
            },
            "autodownload-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    err.println(
        "farmhand: auto-downloading into "
            + auto.folder()
            + " as outputs are rendered; Ctrl-C stops (nothing is lost)");
    err.flush();
    try {
      stopped.await();
    } finally {
      auto.close();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // Shutting down already.
      }
    }
  }

  /** Prints activities for people (aligned lines) or programs (a JSON object per line). */
  static final class ActivityLines {
    private final PrintWriter out;
    private final boolean json;

    ActivityLines(PrintWriter out, boolean json) {
      this.out = out;
      this.json = json;
    }

    synchronized void print(Activity activity) {
      out.println(json ? json(activity) : text(activity));
      out.flush();
    }

    static String text(Activity activity) {
      if (activity instanceof Activity.FileVerified f) {
        String what = f.fetched() ? (f.resumedFrom() > 0 ? "resumed" : "verified") : "present";
        return row(what, f.jobId(), f.path() + "  " + SyncProgressLines.bytes(f.size()));
      }
      if (activity instanceof Activity.FileConflict c) {
        return row(
            "conflict",
            c.jobId(),
            c.file() + " is a different file; kept (move it away to get the output)");
      }
      if (activity instanceof Activity.FileRefused r) {
        return row("refused", r.jobId(), r.reason());
      }
      if (activity instanceof Activity.FileFailed f) {
        String next =
            f.retryAt() == null
                ? "; tried again at the next start"
                : "; trying again at " + Tables.when(f.retryAt());
        return row("failed", f.jobId(), f.reason() + next);
      }
      if (activity instanceof Activity.JobDownloaded d) {
        return row(
            "downloaded", d.jobId(), d.files() + " files in " + d.folder() + "; marked Downloaded");
      }
      Activity.CaughtUp c = (Activity.CaughtUp) activity;
      return row("caught up", "", c.jobs() + " jobs looked at, " + c.queued() + " files to fetch");
    }

    /** The activity as one line of JSON, with {@code activity} naming its kind. */
    static String json(Activity activity) {
      Map<String, Object> line = new LinkedHashMap<>();
      if (activity instanceof Activity.FileVerified f) {
        line.put("activity", "file_verified");
        line.put("job_id", f.jobId());
        line.put("path", f.path());
        line.put("file", f.file().toString());
        line.put("size", f.size());
        line.put("fetched", f.fetched());
        line.put("resumed_from", f.resumedFrom());
        line.put("at", f.at().toString());
      } else if (activity instanceof Activity.FileConflict c) {
        line.put("activity", "file_conflict");
        line.put("job_id", c.jobId());
        line.put("path", c.path());
        line.put("file", c.file().toString());
      } else if (activity instanceof Activity.FileRefused r) {
        line.put("activity", "file_refused");
        line.put("job_id", r.jobId());
        line.put("path", r.path());
        line.put("reason", r.reason());
      } else if (activity instanceof Activity.FileFailed f) {
        line.put("activity", "file_failed");
        line.put("job_id", f.jobId());
        line.put("path", f.path());
        line.put("reason", f.reason());
        line.put("retry_at", f.retryAt() == null ? null : f.retryAt().toString());
      } else if (activity instanceof Activity.JobDownloaded d) {
        line.put("activity", "job_downloaded");
        line.put("job_id", d.jobId());
        line.put("folder", d.folder().toString());
        line.put("files", d.files());
      } else if (activity instanceof Activity.CaughtUp c) {
        line.put("activity", "caught_up");
        line.put("jobs", c.jobs());
        line.put("queued", c.queued());
      }
      return Json.write(line);
    }

    private static String row(String what, String job, String rest) {
      return String.format("%-10s %-8s %s", what, job, rest).replaceAll("\\s+$", "");
    }

    void summary(Summary summary, PrintWriter err) {
      err.println(
          "farmhand: "
              + summary.fetched()
              + " fetched, "
              + summary.alreadyThere()
              + " already there, "
              + summary.conflicts()
              + " conflicts, "
              + summary.refused()
              + " refused, "
              + summary.failed()
              + " failed; "
              + summary.jobsMarked()
              + " jobs marked Downloaded");
      err.flush();
    }
  }
}
