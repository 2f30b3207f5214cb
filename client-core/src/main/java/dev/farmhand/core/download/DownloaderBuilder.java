package dev.farmhand.core.download;

import dev.farmhand.core.client.FarmClient;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;

/**
 * Settings of a {@link Downloader}, each checked when set. Not thread-safe; the downloader it
 * builds is.
 */
public final class DownloaderBuilder {
  /** Files downloaded at once unless told otherwise. */
  public static final int DEFAULT_THREADS = 4;

  final FarmClient client;
  private final Function<DownloaderBuilder, Downloader> factory;
  int threads = DEFAULT_THREADS;
  Path root = defaultRoot();
  Path chosen;
  boolean overwrite;
  UsableSpace space = UsableSpace.DISK;
  RateLimit limit = RateLimit.NONE;

  DownloaderBuilder(FarmClient client, Function<DownloaderBuilder, Downloader> factory) {
    this.client = client;
    this.factory = factory;
  }

  /** The root used by default: {@code farmhand-downloads} in the user's home folder. */
  public static Path defaultRoot() {
    return Path.of(System.getProperty("user.home"), "farmhand-downloads");
  }

  /** Files downloaded at once; by default {@value #DEFAULT_THREADS}. */
  public DownloaderBuilder threads(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads is " + threads + ": use at least 1");
    }
    this.threads = threads;
    return this;
  }

  /**
   * Where a job's outputs go, as {@code root/<job id>}, when its own output folder is not usable
   * here (see {@link dev.farmhand.core.client.FarmSettings#downloads()}); by default {@link
   * #defaultRoot()}.
   */
  public DownloaderBuilder downloadRoot(Path root) {
    this.root = Objects.requireNonNull(root, "root").toAbsolutePath();
    return this;
  }

  /**
   * Puts every job's outputs in {@code folder/<job id>}, whatever its own output folder says (the
   * command line's {@code --to DIR}).
   */
  public DownloaderBuilder into(Path folder) {
    this.chosen = Objects.requireNonNull(folder, "folder").toAbsolutePath();
    return this;
  }

  /**
   * Whether a different file already where an output goes is replaced by it; by default it is kept,
   * the output is not written and the path is reported as a conflict.
   */
  public DownloaderBuilder overwrite(boolean overwrite) {
    this.overwrite = overwrite;
    return this;
  }

  /** How usable space is measured before a download starts; by default {@link UsableSpace#DISK}. */
  public DownloaderBuilder usableSpace(UsableSpace space) {
    this.space = Objects.requireNonNull(space, "space");
    return this;
  }

  /**
   * A cap on the bandwidth of every file it fetches, together; by default {@link RateLimit#NONE}.
   */
  public DownloaderBuilder rateLimit(RateLimit limit) {
    this.limit = Objects.requireNonNull(limit, "limit");
    return this;
  }

  /** The downloader. */
  public Downloader build() {
    return factory.apply(this);
  }
}
