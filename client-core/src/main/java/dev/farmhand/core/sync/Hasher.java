package dev.farmhand.core.sync;

import dev.farmhand.core.files.Sha256;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Hashes many files with SHA-256 at once, one file per thread at a time, each read streaming
 * through a large buffer (never whole into memory). A file whose size or modification time changes
 * while it is read fails with {@link FileChangedException}. Reports each buffer and each file to a
 * {@link Progress} and stops between buffers when cancelled.
 *
 * <p>Thread-safe and reusable: each {@link #hash} call starts its own threads and ends them before
 * it returns.
 */
public final class Hasher {
  /** The read buffer of each thread: large enough that system calls cost next to nothing. */
  public static final int BUFFER_SIZE = 1 << 20;

  private final int threads;

  /**
   * A hasher using this many threads.
   *
   * @throws IllegalArgumentException if {@code threads} is less than 1
   */
  public Hasher(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads is " + threads + ": use at least 1");
    }
    this.threads = threads;
  }

  /** A hasher with one thread per processor core. */
  public static Hasher perCore() {
    return new Hasher(Runtime.getRuntime().availableProcessors());
  }

  /** How many threads each {@link #hash} call uses at most. */
  public int threads() {
    return threads;
  }

  /**
   * What a hash run has done so far. Called from the hashing threads, so implementations must be
   * thread-safe and quick (count with atomics; report from elsewhere).
   */
  public interface Progress {
    /** A progress that ignores everything. */
    Progress NONE =
        new Progress() {
          @Override
          public void bytesHashed(long bytes) {}

          @Override
          public void fileHashed(FileHash hash) {}
        };

    /** {@code bytes} more bytes were read and hashed. */
    void bytesHashed(long bytes);

    /** One more file is hashed. */
    void fileHashed(FileHash hash);
  }

  /**
   * Hashes the files, in parallel.
   *
   * @return each file's hash, in the order given
   * @throws FileChangedException if a file changed while it was read
   * @throws SyncCancelledException if cancelled, or if the calling thread was interrupted
   * @throws IOException if a file cannot be read; the first failure, other threads stop
   */
  public List<FileHash> hash(List<Path> files, Cancellation cancellation, Progress progress)
      throws IOException {
    AtomicReferenceArray<FileHash> results = new AtomicReferenceArray<>(files.size());
    AtomicInteger next = new AtomicInteger();
    List<IOException> failures = new ArrayList<>();
    Cancellation stop = new Cancellation();
    Runnable work =
        () -> {
          ByteBuffer buffer = ByteBuffer.allocate(BUFFER_SIZE);
          MessageDigest digest = Sha256.digest();
          for (int i; !stop.isCancelled() && (i = next.getAndIncrement()) < files.size(); ) {
            try {
              cancellation.check("hashing");
              FileHash hash = hashFile(files.get(i), buffer, digest, cancellation, stop, progress);
              results.set(i, hash);
              progress.fileHashed(hash);
            } catch (IOException | RuntimeException e) {
              synchronized (failures) {
                failures.add(
                    e instanceof UncheckedIOException u
                        ? u.getCause()
                        : e instanceof IOException io
                            ? io
                            : new IOException("hashing " + files.get(i) + " failed: " + e, e));
              }
              stop.cancel();
            }
          }
        };
    runOnThreads(Math.min(threads, Math.max(1, files.size())), work, cancellation, stop);
    synchronized (failures) {
      if (!failures.isEmpty()) {
        IOException first =
            failures.stream()
                .filter(f -> !(f instanceof SyncCancelledException))
                .findFirst()
                .orElse(failures.get(0));
        failures.stream().filter(f -> f != first).forEach(first::addSuppressed);
        throw first;
      }
    }
    cancellation.check("hashing");
    List<FileHash> list = new ArrayList<>(files.size());
    for (int i = 0; i < files.size(); i++) {
      list.add(results.get(i));
    }
    return list;
  }

  private static void runOnThreads(
      int count, Runnable work, Cancellation cancellation, Cancellation stop)
      throws SyncCancelledException {
    List<Thread> workers = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Thread thread = new Thread(work, "farmhand-hash-" + i);
      thread.setDaemon(true);
      workers.add(thread);
      thread.start();
    }
    boolean interrupted = false;
    for (Thread thread : workers) {
      while (thread.isAlive()) {
        try {
          thread.join();
        } catch (InterruptedException e) {
          interrupted = true;
          cancellation.cancel();
          stop.cancel();
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
      throw new SyncCancelledException("hashing");
    }
  }

  /**
   * Hashes one file with this buffer and digest (reset before use).
   *
   * @throws FileChangedException if the file's size or modification time changed while it was read
   */
  static FileHash hashFile(
      Path file,
      ByteBuffer buffer,
      MessageDigest digest,
      Cancellation cancellation,
      Cancellation stop,
      Progress progress)
      throws IOException {
    BasicFileAttributes before = Files.readAttributes(file, BasicFileAttributes.class);
    digest.reset();
    long read = 0;
    byte[] array = buffer.array();
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      for (int n; ; ) {
        buffer.clear();
        n = channel.read(buffer);
        if (n < 0) {
          break;
        }
        digest.update(array, 0, n);
        read += n;
        progress.bytesHashed(n);
        cancellation.check("hashing");
        if (stop.isCancelled()) {
          throw new SyncCancelledException("hashing");
        }
      }
    }
    BasicFileAttributes after = Files.readAttributes(file, BasicFileAttributes.class);
    long modified = before.lastModifiedTime().to(TimeUnit.NANOSECONDS);
    if (read != before.size()
        || after.size() != before.size()
        || after.lastModifiedTime().to(TimeUnit.NANOSECONDS) != modified) {
      throw new FileChangedException(file, "hashed");
    }
    return new FileHash(file, read, modified, Sha256.hex(digest));
  }
}
