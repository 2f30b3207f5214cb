package dev.farmhand.core.download;

import dev.farmhand.core.client.FarmClient;
import dev.farmhand.core.client.OutputDownload;
import dev.farmhand.core.files.HashMismatchException;
import dev.farmhand.core.files.Sha256;
import dev.farmhand.core.protocol.Output;
import dev.farmhand.core.sync.Cancellation;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Brings one output home: into its {@code .NAME.part} file (resumed from its length with {@code
 * Range}, or started over when the farm sends the whole file), verified against its SHA-256, then
 * renamed onto the target. A mismatch deletes the part and fetches once more from zero. Stateless;
 * thread-safe.
 */
final class FileFetch {
  private static final int BUFFER = 1 << 16;

  private FileFetch() {}

  /** The temporary file beside a target: {@code .NAME.part}. */
  static Path partOf(Path target) {
    return target.resolveSibling("." + target.getFileName() + ".part");
  }

  /**
   * Fetches, verifies and renames the output into place.
   *
   * @param bytes counts every byte received
   * @throws HashMismatchException naming the output's path when the second try is damaged too
   * @throws DownloadCancelledException if cancelled or interrupted; the part file is kept
   */
  static void fetch(
      FarmClient client,
      String jobId,
      Output output,
      Path target,
      AtomicLong bytes,
      Cancellation cancellation)
      throws IOException {
    Path part = partOf(target);
    Files.createDirectories(target.getParent());
    for (int attempt = 1; ; attempt++) {
      String actual = fetchOnce(client, jobId, output, part, bytes, cancellation);
      if (actual.equals(output.sha256())) {
        Files.move(
            part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return;
      }
      Files.deleteIfExists(part);
      if (attempt == 2) {
        throw new HashMismatchException(output.path(), output.sha256(), actual);
      }
    }
  }

  /** Completes the part file and answers its SHA-256. */
  private static String fetchOnce(
      FarmClient client,
      String jobId,
      Output output,
      Path part,
      AtomicLong bytes,
      Cancellation cancellation)
      throws IOException {
    long have = Files.isRegularFile(part) ? Files.size(part) : 0;
    if (have > output.size()) {
      Files.delete(part);
      have = 0;
    }
    if (have < output.size() || !Files.exists(part)) {
      checkCancelled(cancellation);
      try (OutputDownload download = client.openOutput(jobId, output.sha256(), have)) {
        boolean resume = have > 0 && download.start() == have;
        long room = output.size() - (resume ? have : 0);
        try (OutputStream out =
            Files.newOutputStream(
                part,
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE,
                resume ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING)) {
          copy(download.body(), out, room, bytes, cancellation);
        }
      }
    }
    return Sha256.of(part);
  }

  /** Copies at most {@code room} bytes (and one more, so an over-long answer fails its hash). */
  private static void copy(
      InputStream in, OutputStream out, long room, AtomicLong bytes, Cancellation cancellation)
      throws IOException {
    byte[] buffer = new byte[BUFFER];
    long left = room + 1;
    for (int n; left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0; ) {
      out.write(buffer, 0, n);
      left -= n;
      bytes.addAndGet(n);
      checkCancelled(cancellation);
    }
  }

  static void checkCancelled(Cancellation cancellation) throws DownloadCancelledException {
    if (cancellation.isCancelled() || Thread.currentThread().isInterrupted()) {
      throw new DownloadCancelledException();
    }
  }
}
