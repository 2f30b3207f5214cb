package dev.farmhand.core.sync;

import dev.farmhand.core.protocol.FileRef;
import dev.farmhand.core.protocol.MissingFilesRequest;
import dev.farmhand.core.protocol.UploadStatus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The asking and uploading steps of one sync: which of these contents the farm lacks, in batches,
 * then their uploads on a pool of threads. When one upload fails the others go on to the end (or to
 * cancellation), so the next sync has less to do; the first failure is thrown, the others added to
 * it as suppressed.
 */
final class Uploads {
  private final ContentUpload.Settings settings;
  private final int threads;
  private final Consumer<Path> changed;

  Uploads(ContentUpload.Settings settings, int threads, Consumer<Path> changed) {
    this.settings = settings;
    this.threads = threads;
    this.changed = changed;
  }

  /** Makes the farm hold every one of these contents, keyed by SHA-256. */
  void run(Map<String, FileHash> contents, ProgressReporter reporter, Cancellation cancellation)
      throws IOException {
    Map<String, UploadStatus> missing = ask(contents, reporter, cancellation);
    List<FileHash> uploads = new ArrayList<>();
    long total = 0;
    for (UploadStatus status : missing.values()) {
      FileHash hash = contents.get(status.sha256());
      uploads.add(hash);
      total += hash.size() - status.received();
    }
    uploads.sort(Comparator.comparingLong(FileHash::size).reversed());
    ProgressReporter.Counter counter = reporter.begin(SyncPhase.UPLOADING, uploads.size(), total);
    try {
      upload(uploads, missing, counter, cancellation);
    } finally {
      reporter.end(counter);
    }
  }

  private Map<String, UploadStatus> ask(
      Map<String, FileHash> contents, ProgressReporter reporter, Cancellation cancellation)
      throws IOException {
    List<FileRef> refs = new ArrayList<>(contents.size());
    contents.forEach((sha256, hash) -> refs.add(new FileRef(sha256, hash.size())));
    ProgressReporter.Counter counter = reporter.begin(SyncPhase.ASKING, refs.size(), 0);
    Map<String, UploadStatus> missing = new HashMap<>();
    try {
      for (int from = 0; from < refs.size(); from += MissingFilesRequest.MAX_FILES) {
        cancellation.check("asking the farm which files it lacks");
        List<FileRef> batch =
            refs.subList(from, Math.min(refs.size(), from + MissingFilesRequest.MAX_FILES));
        settings.stats().missingRequests().incrementAndGet();
        for (UploadStatus status : settings.transport().missing(batch)) {
          FileHash hash = contents.get(status.sha256());
          if (hash != null && !status.complete() && status.size() == hash.size()) {
            missing.put(status.sha256(), status);
          }
        }
        counter.files.addAndGet(batch.size());
      }
    } finally {
      reporter.end(counter);
    }
    return missing;
  }

  private void upload(
      List<FileHash> uploads,
      Map<String, UploadStatus> missing,
      ProgressReporter.Counter counter,
      Cancellation cancellation)
      throws IOException {
    if (uploads.isEmpty()) {
      return;
    }
    AtomicInteger number = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.min(threads, uploads.size()),
            r -> {
              Thread thread = new Thread(r, "farmhand-upload-" + number.getAndIncrement());
              thread.setDaemon(true);
              return thread;
            });
    List<Future<?>> futures = new ArrayList<>();
    try {
      for (FileHash hash : uploads) {
        long received = missing.get(hash.sha256()).received();
        ContentUpload upload = new ContentUpload(settings, hash, received, cancellation, counter);
        futures.add(
            pool.submit(
                () -> {
                  upload.run();
                  return null;
                }));
      }
    } finally {
      pool.shutdown();
    }
    List<IOException> failures = new ArrayList<>();
    boolean interrupted = false;
    for (Future<?> future : futures) {
      while (true) {
        try {
          future.get();
          break;
        } catch (InterruptedException e) {
          interrupted = true;
          cancellation.cancel();
        } catch (ExecutionException e) {
          failures.add(asIoException(e.getCause()));
          break;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    throwFirst(failures);
    cancellation.check("uploading");
  }

  private IOException asIoException(Throwable cause) {
    if (cause instanceof FileChangedException changedFile) {
      changed.accept(changedFile.file());
    }
    if (cause instanceof IOException io) {
      return io;
    }
    if (cause instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return new IOException(cause);
  }

  /** Throws the first failure that is not a cancellation, if any, else the first cancellation. */
  private static void throwFirst(List<IOException> failures) throws IOException {
    if (failures.isEmpty()) {
      return;
    }
    IOException first =
        failures.stream()
            .filter(f -> !(f instanceof SyncCancelledException))
            .findFirst()
            .orElse(failures.get(0));
    failures.stream().filter(f -> f != first).forEach(first::addSuppressed);
    throw first;
  }
}
