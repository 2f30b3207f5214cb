package dev.farmhand.host.cli;

import dev.farmhand.core.client.FarmClient;
import dev.farmhand.core.client.FarmSettings;
import dev.farmhand.core.client.RefusedException;
import dev.farmhand.core.download.DownloadFailure;
import dev.farmhand.core.download.Downloader;
import dev.farmhand.core.download.DownloaderBuilder;
import dev.farmhand.core.download.JobDownload;
import dev.farmhand.core.download.RateLimit;
import dev.farmhand.core.protocol.Job;
import dev.farmhand.core.protocol.Json;
import dev.farmhand.core.sync.Cancellation;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code farmhand download ID… [--to DIR] [--overwrite] [--max-rate RATE] [--json]}: brings the
 * jobs' successful outputs home, verified, resuming what an earlier run left; a line per job
 * (folder, downloaded, skipped, conflicts, failed, status); marks each job whose every output is on
 * disk Downloaded. Progress goes to stderr. Exit 0 when every job is complete, 1 otherwise.
 */
@Command(
    name = "download",
    mixinStandardHelpOptions = true,
    description = {
      "Downloads the jobs' successful outputs, verified; resumes what an earlier run left.",
      "A job goes to its own output folder when usable here, otherwise to DOWNLOAD_ROOT/<job id>.",
      "A different file already in place is kept and reported as a conflict unless --overwrite."
    })
final class DownloadCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin FarmOptions farm;

  @Parameters(paramLabel = "ID", arity = "1..*", description = "the jobs")
  List<String> ids = new ArrayList<>();

  @Mixin DownloadFolderOptions folders;

  @Option(names = "--overwrite", description = "replace different files already in place")
  boolean overwrite;

  @Option(
      names = "--max-rate",
      paramLabel = "RATE",
      description = "cap the bandwidth of all files together, in bytes/s: 500K, 20M")
  String maxRate;

  @Option(names = "--json", description = "print JSON only")
  boolean json;

  @Override
  public Integer call() throws Exception {
    FarmSettings settings = folders.settings(farm);
    PrintWriter err = spec.commandLine().getErr();
    List<Map<String, Object>> rows = new ArrayList<>();
    boolean allWell = true;
    try (FarmClient client = settings.clientBuilder().build()) {
      DownloaderBuilder builder = Downloader.builder(client).overwrite(overwrite);
      settings.downloads().ifPresent(builder::downloadRoot);
      if (folders.to != null) {
        builder.into(folders.to);
      }
      if (maxRate != null) {
        builder.rateLimit(RateLimit.parse(maxRate));
      }
      Downloader downloader = builder.build();
      List<JobDownload> results =
          downloader.download(
              ids, new DownloadProgressLines(err, System::nanoTime), new Cancellation());
      for (JobDownload result : results) {
        Optional<Job> marked = mark(downloader, result, err);
        String status = marked.orElseGet(() -> quietJob(client, result.jobId())).status().label();
        rows.add(row(result, marked.isPresent(), status));
        allWell &= result.complete();
        details(err, result);
      }
    }
    print(rows);
    return allWell ? ExitCode.OK : ExitCode.FAILED;
  }

  private static Optional<Job> mark(Downloader downloader, JobDownload result, PrintWriter err)
      throws java.io.IOException {
    try {
      return downloader.markDownloaded(result);
    } catch (RefusedException e) {
      err.println("farmhand: " + result.jobId() + " not marked Downloaded: " + e.getMessage());
      return Optional.empty();
    }
  }

  private static Job quietJob(FarmClient client, String id) {
    try {
      return client.job(id);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void details(PrintWriter err, JobDownload result) {
    String id = result.jobId();
    if (!result.note().isEmpty()) {
      err.println("farmhand: " + id + " went to " + result.folder() + ": " + result.note());
    }
    for (String path : result.conflicts()) {
      err.println(
          "farmhand: "
              + id
              + " conflict: "
              + result.folder().resolve(path)
              + " is a different file; it was kept (use --overwrite to replace it)");
    }
    for (DownloadFailure failure : result.failures()) {
      err.println("farmhand: " + id + " failed: " + failure.reason());
    }
    err.flush();
  }

  private static Map<String, Object> row(JobDownload r, boolean marked, String status) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", r.jobId());
    row.put("folder", r.folder().toString());
    row.put("folder_choice", r.choice().name().toLowerCase(Locale.ROOT));
    row.put("note", r.note());
    row.put("outputs", r.outputs());
    row.put("downloaded", r.downloaded());
    row.put("skipped", r.skipped());
    row.put("conflicts", r.conflicts());
    row.put(
        "failures",
        r.failures().stream().map(f -> Map.of("path", f.path(), "reason", f.reason())).toList());
    row.put("complete", r.complete());
    row.put("marked_downloaded", marked);
    row.put("status", status);
    return row;
  }

  private void print(List<Map<String, Object>> rows) {
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.write(rows));
    } else {
      List<List<String>> table = new ArrayList<>();
      table.add(List.of("JOB", "FOLDER", "DOWNLOADED", "SKIPPED", "CONFLICTS", "FAILED", "STATUS"));
      for (Map<String, Object> row : rows) {
        table.add(
            List.of(
                (String) row.get("id"),
                (String) row.get("folder"),
                String.valueOf(row.get("downloaded")),
                String.valueOf(row.get("skipped")),
                String.valueOf(((List<?>) row.get("conflicts")).size()),
                String.valueOf(((List<?>) row.get("failures")).size()),
                (String) row.get("status")));
      }
      out.print(Tables.render(table));
    }
    out.flush();
  }
}
