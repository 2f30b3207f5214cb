package dev.farmhand.core.autodownload;

import dev.farmhand.core.client.FarmClient;
import dev.farmhand.core.download.DownloaderBuilder;
import dev.farmhand.core.download.RateLimit;
import dev.farmhand.core.download.UsableSpace;
import dev.farmhand.core.protocol.Nullable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Settings of an {@link AutoDownloader}, each checked as it is set. By default: every job of the
 * account, every output, jobs in their own output folder when usable here and otherwise in {@code
 * <download root>/<job id>}, 4 files at once, no bandwidth cap, a failed file tried again after 5
 * s, 30 s and 2 min. Not thread-safe; build on one thread.
 */
public final class AutoDownloaderBuilder {
  final FarmClient client;
  final String key;
  @Nullable Path into;
  Path downloadRoot = DownloaderBuilder.defaultRoot();
  final Set<String> jobs = new LinkedHashSet<>();
  @Nullable String pattern;
  RateLimit limit = RateLimit.NONE;
  int threads = DownloaderBuilder.DEFAULT_THREADS;
  ActivityListener listener = ActivityListener.NONE;
  UsableSpace space = UsableSpace.DISK;
  Duration firstRetry = Duration.ofSeconds(5);

  AutoDownloaderBuilder(FarmClient client, String key) {
    this.client = Objects.requireNonNull(client, "client");
    this.key = Objects.requireNonNull(key, "key");
  }

  /** Puts every job's outputs in {@code folder/<job id>} (the command line's {@code --to DIR}). */
  public AutoDownloaderBuilder into(Path folder) {
    this.into = Objects.requireNonNull(folder, "folder").toAbsolutePath();
    return this;
  }

  /** Where a job goes, as {@code root/<job id>}, when its own output folder is not usable here. */
  public AutoDownloaderBuilder downloadRoot(Path root) {
    this.downloadRoot = Objects.requireNonNull(root, "root").toAbsolutePath();
    return this;
  }

  /** Follows only this job (call again for more); by default every job of the account. */
  public AutoDownloaderBuilder job(String jobId) {
    jobs.add(Objects.requireNonNull(jobId, "job"));
    return this;
  }

  /**
   * Brings home only outputs whose path matches this glob: against the file name when it has no
   * {@code /} ({@code *.png}), against the whole relative path otherwise ({@code renders/**}). A
   * job with outputs left out is never marked Downloaded.
   *
   * @throws IllegalArgumentException if it is not a glob
   */
  public AutoDownloaderBuilder pattern(String glob) {
    new OutputFilter(Set.of(), Objects.requireNonNull(glob, "glob"));
    this.pattern = glob;
    return this;
  }

  /** A cap on the bandwidth of all its downloads together. */
  public AutoDownloaderBuilder rateLimit(RateLimit rateLimit) {
    this.limit = Objects.requireNonNull(rateLimit, "rateLimit");
    return this;
  }

  /** Files fetched at once. */
  public AutoDownloaderBuilder threads(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("threads is " + count + ": use at least 1");
    }
    this.threads = count;
    return this;
  }

  /** Told of every file verified, refused, failed, and every job marked Downloaded. */
  public AutoDownloaderBuilder listener(ActivityListener activityListener) {
    this.listener = Objects.requireNonNull(activityListener, "listener");
    return this;
  }

  /** How usable space is measured before each file; by default the disk's own answer. */
  public AutoDownloaderBuilder usableSpace(UsableSpace usableSpace) {
    this.space = Objects.requireNonNull(usableSpace, "usableSpace");
    return this;
  }

  /** The wait before a failed file is tried again; it grows sixfold, then fourfold, then stops. */
  public AutoDownloaderBuilder firstRetry(Duration wait) {
    if (wait.isNegative() || wait.isZero()) {
      throw new IllegalArgumentException("the first retry wait is " + wait + ": make it positive");
    }
    this.firstRetry = wait;
    return this;
  }

  /** The download folder: where the lock and the ledger live. */
  Path folder() {
    return into != null ? into : downloadRoot;
  }

  /**
   * Takes the folder's lock, then follows the account's notices in the background, after catching
   * up on everything it missed, until closed.
   *
   * @throws FolderInUseException if another auto-downloader uses the folder
   * @throws IOException if the farm cannot be asked (a {@link
   *     dev.farmhand.core.client.NotFoundException} for a job named that the account lacks), or the
   *     folder or ledger cannot be written
   */
  public AutoDownloader start() throws IOException {
    return AutoDownloader.start(this);
  }

  /**
   * Catches up once: takes the lock, brings home every output it owes, marks the jobs complete,
   * lets go of the lock and answers what it did. Failed files are not tried again.
   *
   * @throws FolderInUseException if another auto-downloader uses the folder
   * @throws dev.farmhand.core.download.DownloadCancelledException if interrupted
   * @throws IOException as {@link #start()}
   */
  public Summary runOnce() throws IOException {
    return AutoDownloader.runOnce(this);
  }
}
