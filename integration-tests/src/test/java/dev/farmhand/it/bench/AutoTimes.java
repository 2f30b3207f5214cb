package dev.farmhand.it.bench;

import dev.farmhand.core.autodownload.Activity;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What the auto-downloader tells, by output path: when it verified each file on disk ({@link
 * Activity.FileVerified#at()}) and when it told this listener so. An {@link
 * dev.farmhand.core.autodownload.ActivityListener}; thread-safe.
 */
final class AutoTimes {
  private final Map<String, Instant> verified = new ConcurrentHashMap<>();
  private final Map<String, Instant> told = new ConcurrentHashMap<>();
  private final Map<String, Path> files = new ConcurrentHashMap<>();
  private final CountDownLatch all;
  private final CountDownLatch caughtUp = new CountDownLatch(1);
  private final AtomicInteger jobsDownloaded = new AtomicInteger();
  private final AtomicReference<String> lastProblem = new AtomicReference<>("none");

  /** Counts down once for each of {@code outputs} files verified. */
  AutoTimes(int outputs) {
    this.all = new CountDownLatch(outputs);
  }

  void on(Activity activity) {
    Instant now = Instant.now();
    if (activity instanceof Activity.FileVerified file) {
      told.putIfAbsent(file.path(), now);
      files.putIfAbsent(file.path(), file.file());
      if (verified.putIfAbsent(file.path(), file.at()) == null) {
        all.countDown();
      }
    } else if (activity instanceof Activity.CaughtUp) {
      caughtUp.countDown();
    } else if (activity instanceof Activity.JobDownloaded) {
      jobsDownloaded.incrementAndGet();
    } else {
      lastProblem.set(activity.toString());
    }
  }

  /** When the output at this path was verified on disk, or null if not (yet). */
  Instant verified(String path) {
    return verified.get(path);
  }

  /** Where the output at this path was put, or null. */
  Path file(String path) {
    return files.get(path);
  }

  /** When the auto-downloader told its listener the output was verified, or null. */
  Instant told(String path) {
    return told.get(path);
  }

  CountDownLatch all() {
    return all;
  }

  /** Counts down when its catch-up after the start is done. */
  CountDownLatch caughtUp() {
    return caughtUp;
  }

  int count() {
    return verified.size();
  }

  /** How often it told that a job is downloaded (once per job is right). */
  int jobsDownloaded() {
    return jobsDownloaded.get();
  }

  /** The last file it could not bring home, or "none". */
  String lastProblem() {
    return lastProblem.get();
  }
}
