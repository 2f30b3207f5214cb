package dev.farmhand.core.sync;

import dev.farmhand.core.files.HashMismatchException;
import dev.farmhand.core.protocol.FileRef;
import dev.farmhand.core.protocol.UploadStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The upload of one content, in parts, each starting where the farm says it holds up to. A failed
 * part is resumed from the farm's offset up to {@code retries} times in a row; a part that gets
 * through resets the count. Runs on one thread.
 */
final class ContentUpload {
  /** Counts shared by all uploads of one sync. */
  record Stats(
      AtomicInteger missingRequests,
      AtomicInteger uploadRequests,
      AtomicLong bytesSent,
      AtomicInteger filesUploaded) {
    Stats() {
      this(new AtomicInteger(), new AtomicInteger(), new AtomicLong(), new AtomicInteger());
    }
  }

  /** How an upload is run: the same for every upload of one sync. */
  record Settings(
      FileTransport transport, long partSize, int retries, long retryDelayMillis, Stats stats) {}

  private final Settings settings;
  private final FileHash hash;
  private final Cancellation cancellation;
  private final ProgressReporter.Counter counter;

  /** The furthest byte read so far; starts where the farm said it holds up to. */
  private long highWater;

  ContentUpload(
      Settings settings,
      FileHash hash,
      long received,
      Cancellation cancellation,
      ProgressReporter.Counter counter) {
    this.settings = settings;
    this.hash = hash;
    this.cancellation = cancellation;
    this.counter = counter;
    this.highWater = received;
  }

  /** Uploads from {@code received} until the farm has verified the whole file. */
  void run() throws IOException {
    Path file = hash.file();
    long offset = highWater;
    int failures = 0;
    while (true) {
      cancellation.check("uploading");
      ensureUnchanged();
      long length = Math.min(settings.partSize(), hash.size() - offset);
      UploadStatus status;
      try {
        settings.stats().uploadRequests().incrementAndGet();
        try (PartStream part = new PartStream(file, offset, length, cancellation, this::read)) {
          status = settings.transport().upload(hash.sha256(), hash.size(), offset, part, length);
        }
      } catch (HashMismatchException e) {
        throw new FileChangedException(file, "uploaded (the farm found other content)", e);
      } catch (SyncCancelledException | FileChangedException e) {
        throw e;
      } catch (IOException e) {
        cancellation.check("uploading");
        ensureUnchanged();
        if (++failures > settings.retries()) {
          throw new UploadFailedException(file, failures, offset, e);
        }
        pause(failures);
        offset = resumeOffset(offset);
        if (offset < 0) {
          break;
        }
        continue;
      }
      if (status.complete()) {
        break;
      }
      if (status.received() <= offset && length > 0) {
        if (++failures > settings.retries()) {
          throw new UploadFailedException(
              file, failures, status.received(), new IOException("the farm kept none of the part"));
        }
      } else {
        failures = 0;
      }
      offset = status.received();
    }
    read(hash.size(), 0);
    settings.stats().filesUploaded().incrementAndGet();
    counter.files.incrementAndGet();
  }

  /** Where the farm says the upload resumes; -1 when it holds the file whole. */
  private long resumeOffset(long offset) {
    try {
      settings.stats().missingRequests().incrementAndGet();
      List<UploadStatus> missing =
          settings.transport().missing(List.of(new FileRef(hash.sha256(), hash.size())));
      for (UploadStatus status : missing) {
        if (status.sha256().equals(hash.sha256())) {
          return status.complete() ? -1 : status.received();
        }
      }
      return -1;
    } catch (IOException e) {
      // the farm cannot be asked now: the next part tries the same offset, and fails if it is wrong
      return offset;
    }
  }

  private void pause(int failures) throws SyncCancelledException {
    long millis = Math.min(settings.retryDelayMillis() << Math.min(failures - 1, 5), 5_000);
    long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    try {
      for (long left; (left = until - System.nanoTime()) > 0; ) {
        cancellation.check("uploading");
        TimeUnit.NANOSECONDS.sleep(Math.min(left, TimeUnit.MILLISECONDS.toNanos(50)));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SyncCancelledException("uploading");
    }
  }

  private void ensureUnchanged() throws IOException {
    BasicFileAttributes now;
    try {
      now = Files.readAttributes(hash.file(), BasicFileAttributes.class);
    } catch (IOException e) {
      throw new FileChangedException(hash.file(), "uploaded (it can no longer be read)", e);
    }
    if (now.size() != hash.size()
        || now.lastModifiedTime().to(TimeUnit.NANOSECONDS) != hash.modifiedNanos()) {
      throw new FileChangedException(hash.file(), "uploaded");
    }
  }

  /** Counts bytes read past the furthest point so far, so a resent part is not counted twice. */
  private void read(long position, int count) {
    settings.stats().bytesSent().addAndGet(count);
    if (position > highWater) {
      long delta = position - highWater;
      highWater = position;
      counter.bytes.addAndGet(delta);
    }
  }
}
