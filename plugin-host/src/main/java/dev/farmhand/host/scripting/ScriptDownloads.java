package dev.farmhand.host.scripting;

import dev.farmhand.core.client.FarmClient;
import dev.farmhand.core.client.FarmSettings;
import dev.farmhand.core.client.RefusedException;
import dev.farmhand.core.download.DownloadFailure;
import dev.farmhand.core.download.DownloadListener;
import dev.farmhand.core.download.Downloader;
import dev.farmhand.core.download.DownloaderBuilder;
import dev.farmhand.core.download.JobDownload;
import dev.farmhand.core.protocol.Job;
import dev.farmhand.core.protocol.Nullable;
import dev.farmhand.core.sync.Cancellation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A script's download of one job, by the rules of {@code farmhand download}: the job's own output
 * folder when usable here, else the download root's {@code <job id>}, or {@code <to>/<job id>};
 * every file verified; a different file in place kept as a conflict unless {@code overwrite}; the
 * job marked Downloaded when every successful output is on disk and it shows Success. Stateless and
 * thread-safe.
 */
final class ScriptDownloads {
  private ScriptDownloads() {}

  /**
   * Downloads the job's successful outputs.
   *
   * @return {@code job_id, folder, folder_choice, note, outputs, downloaded, skipped, conflicts,
   *     failures} (each {@code path, reason}){@code , complete, marked_downloaded, status}
   * @throws dev.farmhand.core.download.NotEnoughSpaceException before anything is fetched
   */
  static Map<String, Object> download(
      FarmClient client,
      FarmSettings settings,
      String jobId,
      @Nullable String to,
      boolean overwrite)
      throws IOException {
    DownloaderBuilder builder = Downloader.builder(client).overwrite(overwrite);
    settings.downloads().ifPresent(builder::downloadRoot);
    if (to != null) {
      builder.into(Path.of(to).toAbsolutePath().normalize());
    }
    Downloader downloader = builder.build();
    JobDownload result = downloader.download(jobId, DownloadListener.NONE, new Cancellation());
    Optional<Job> marked = mark(downloader, result);
    Job job = marked.isPresent() ? marked.get() : client.job(jobId);
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("job_id", result.jobId());
    row.put("folder", result.folder().toString());
    row.put("folder_choice", result.choice().name().toLowerCase(Locale.ROOT));
    row.put("note", result.note());
    row.put("outputs", result.outputs());
    row.put("downloaded", result.downloaded());
    row.put("skipped", result.skipped());
    row.put("conflicts", result.conflicts());
    row.put("failures", result.failures().stream().map(ScriptDownloads::failure).toList());
    row.put("complete", result.complete());
    row.put("marked_downloaded", marked.isPresent());
    row.put("status", job.status().wireName());
    return row;
  }

  /**
   * Marks the job Downloaded when the result is complete and the farm agrees (it shows Success).
   */
  private static Optional<Job> mark(Downloader downloader, JobDownload result) throws IOException {
    try {
      return downloader.markDownloaded(result);
    } catch (RefusedException e) {
      // Not Success yet (scout frames while the job holds): the files are home all the same.
      return Optional.empty();
    }
  }

  private static Map<String, Object> failure(DownloadFailure failure) {
    return Map.of("path", failure.path(), "reason", failure.reason());
  }
}
