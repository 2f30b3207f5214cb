package dev.farmhand.core.sync;

import dev.farmhand.core.paths.RelativePath;
import dev.farmhand.core.protocol.Dependency;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a job's dependencies to a farm, content-addressed: {@link #check checks} every file first
 * and reports all that are missing together; then {@link #sync syncs}: hashes the files the {@link
 * HashCache} does not know, asks the farm which contents it lacks (up to {@link
 * dev.farmhand.core.protocol.MissingFilesRequest#MAX_FILES} per request, each content once), and
 * uploads only those, several at a time, in parts that resume from what the farm holds. An
 * interrupted or cancelled sync loses nothing: the next one hashes nothing it hashed and sends
 * nothing the farm received.
 *
 * <p>Thread-safe: one instance may run several syncs at once. Build it with {@link #builder}.
 */
public final class DependencySync {
  private static final Logger LOG = LoggerFactory.getLogger(DependencySync.class);

  private final FileTransport transport;
  private final HashCache cache;
  private final Hasher hasher;
  private final int uploadThreads;
  private final long partSize;
  private final int partRetries;
  private final Duration retryDelay;

  private DependencySync(SyncBuilder builder) {
    this.transport = builder.transport;
    this.cache = builder.cache != null ? builder.cache : HashCache.open();
    this.hasher = new Hasher(builder.hashThreads);
    this.uploadThreads = builder.uploadThreads;
    this.partSize = builder.partSize;
    this.partRetries = builder.partRetries;
    this.retryDelay = builder.retryDelay;
  }

  /** A builder for a sync through this transport, with the defaults of {@link SyncBuilder}. */
  public static SyncBuilder builder(FileTransport transport) {
    return new SyncBuilder(Objects.requireNonNull(transport, "transport"), DependencySync::new);
  }

  /** {@link #check(List, SyncListener)} without progress. */
  public SyncPlan check(List<LocalDependency> dependencies) {
    return check(dependencies, SyncListener.NONE);
  }

  /**
   * Checks that every dependency's file exists, is a regular file and can be read. Reads nothing.
   *
   * @return the plan: the dependencies that can be sent and all those that cannot
   * @throws IllegalArgumentException if two dependencies go to the same workspace path
   */
  public SyncPlan check(List<LocalDependency> dependencies, SyncListener listener) {
    Map<RelativePath, LocalDependency> seen = new HashMap<>();
    for (LocalDependency dependency : dependencies) {
      LocalDependency other = seen.putIfAbsent(dependency.path(), dependency);
      if (other != null) {
        throw new IllegalArgumentException(
            "both "
                + other.file()
                + " and "
                + dependency.file()
                + " go to "
                + dependency.path()
                + " in the workspace: give each its own path");
      }
    }
    List<LocalDependency> present = new ArrayList<>();
    List<MissingDependency> missing = new ArrayList<>();
    try (ProgressReporter reporter = new ProgressReporter(listener, System::nanoTime)) {
      ProgressReporter.Counter counter = reporter.begin(SyncPhase.CHECKING, dependencies.size(), 0);
      for (LocalDependency dependency : dependencies) {
        Path file = dependency.file();
        if (!Files.exists(file)) {
          missing.add(new MissingDependency(dependency, "does not exist"));
        } else if (Files.isDirectory(file)) {
          missing.add(new MissingDependency(dependency, "is a folder, not a file"));
        } else if (!Files.isRegularFile(file)) {
          missing.add(new MissingDependency(dependency, "is not a regular file"));
        } else if (!Files.isReadable(file)) {
          missing.add(new MissingDependency(dependency, "cannot be read (check its permissions)"));
        } else {
          present.add(dependency);
        }
        counter.files.incrementAndGet();
      }
      reporter.end(counter);
    }
    return new SyncPlan(present, missing);
  }

  /**
   * Checks, then syncs every dependency.
   *
   * @throws MissingDependenciesException listing every missing file, before anything is hashed
   * @see #sync(SyncPlan, SyncListener, Cancellation)
   */
  public SyncResult sync(
      List<LocalDependency> dependencies, SyncListener listener, Cancellation cancellation)
      throws IOException {
    return sync(check(dependencies, listener), listener, cancellation);
  }

  /**
   * Syncs the plan's dependencies: when it returns, the farm holds every one of them, verified.
   *
   * @return the job's dependencies and what the sync did
   * @throws MissingDependenciesException if the plan has missing dependencies (nothing is done; use
   *     {@link SyncPlan#withoutMissing()} to go on without them)
   * @throws FileChangedException if a file changed while it was hashed or uploaded, naming it; the
   *     other uploads finish first
   * @throws UploadFailedException if a file's upload failed {@code partRetries} times in a row
   * @throws SyncCancelledException if cancelled or the calling thread was interrupted
   * @throws IOException if a file cannot be read or the farm cannot be asked what it lacks
   */
  public SyncResult sync(SyncPlan plan, SyncListener listener, Cancellation cancellation)
      throws IOException {
    plan.orThrow();
    long start = System.nanoTime();
    try (ProgressReporter reporter = new ProgressReporter(listener, System::nanoTime)) {
      HashRun hashed = hash(plan.present(), reporter, cancellation);
      Map<Path, FileHash> hashes = hashed.hashes;
      ContentUpload.Stats stats = new ContentUpload.Stats();
      Uploads uploads =
          new Uploads(
              new ContentUpload.Settings(
                  transport, partSize, partRetries, retryDelay.toMillis(), stats),
              uploadThreads,
              this::forget);
      Map<String, FileHash> contents = new LinkedHashMap<>();
      List<Dependency> dependencies = new ArrayList<>();
      long bytes = 0;
      for (LocalDependency dependency : plan.present()) {
        FileHash hash = hashes.get(dependency.file());
        contents.putIfAbsent(hash.sha256(), hash);
        dependencies.add(new Dependency(dependency.path().toString(), hash.sha256(), hash.size()));
        bytes += hash.size();
      }
      uploads.run(contents, reporter, cancellation);
      SyncSummary summary =
          new SyncSummary(
              dependencies.size(),
              bytes,
              hashed.files,
              hashed.bytes,
              stats.filesUploaded().get(),
              stats.bytesSent().get(),
              stats.missingRequests().get(),
              stats.uploadRequests().get(),
              Duration.ofNanos(System.nanoTime() - start));
      return new SyncResult(dependencies, summary);
    }
  }

  private record HashRun(Map<Path, FileHash> hashes, int files, long bytes) {}

  /** Hashes what the cache does not know; what was hashed is cached even if the run fails. */
  private HashRun hash(
      List<LocalDependency> dependencies, ProgressReporter reporter, Cancellation cancellation)
      throws IOException {
    Map<Path, FileHash> hashes = new HashMap<>();
    Map<Path, Long> toHash = new LinkedHashMap<>();
    for (LocalDependency dependency : dependencies) {
      Path file = dependency.file();
      if (hashes.containsKey(file) || toHash.containsKey(file)) {
        continue;
      }
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      long modified = attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
      Optional<String> known = cache.get(file, attributes.size(), modified);
      if (known.isPresent()) {
        hashes.put(file, new FileHash(file, attributes.size(), modified, known.get()));
      } else {
        toHash.put(file, attributes.size());
      }
    }
    List<Path> files = new ArrayList<>(toHash.keySet());
    files.sort(Comparator.comparing(toHash::get).reversed());
    long total = toHash.values().stream().mapToLong(Long::longValue).sum();
    ProgressReporter.Counter counter = reporter.begin(SyncPhase.HASHING, files.size(), total);
    AtomicLong bytes = new AtomicLong();
    Hasher.Progress progress =
        new Hasher.Progress() {
          @Override
          public void bytesHashed(long n) {
            bytes.addAndGet(n);
            counter.bytes.addAndGet(n);
          }

          @Override
          public void fileHashed(FileHash hash) {
            cache.put(hash.file(), hash.size(), hash.modifiedNanos(), hash.sha256());
            counter.files.incrementAndGet();
          }
        };
    try {
      for (FileHash hash : hasher.hash(files, cancellation, progress)) {
        hashes.put(hash.file(), hash);
      }
    } finally {
      saveCache();
      reporter.end(counter);
    }
    return new HashRun(hashes, files.size(), bytes.get());
  }

  private void saveCache() {
    try {
      cache.save();
    } catch (IOException e) {
      LOG.warn(
          "The hash cache {} could not be saved ({}); the next sync hashes these files again",
          cache.file(),
          e.toString());
    }
  }

  /** Forgets a file whose upload found it changed, so the next sync hashes it again. */
  private void forget(Path file) {
    cache.remove(file);
    saveCache();
  }
}
