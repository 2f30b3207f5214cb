package dev.farmhand.core.download;

import dev.farmhand.core.client.FarmClient;
import dev.farmhand.core.client.OutputDownload;
import dev.farmhand.core.files.HashMismatchException;
import dev.farmhand.core.files.Sha256;
import dev.farmhand.core.protocol.Output;
import dev.farmhand.core.sync.Cancellation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.function.LongConsumer;

/**
 * Brings one output home: into its {@code .NAME.part} file (resumed from its length with {@code
 * Range}, or started over when the farm sends the whole file), hashed as it arrives (a resumed
 * part's earlier bytes are hashed first), verified against its SHA-256, then renamed onto the
 * target. A mismatch deletes the part and fetches once more from zero. It does not force the file
 * to the disk: a file already in place is trusted only after its hash is checked (a download hashes
 * it; the auto-downloader does after any stop that was not clean). Stateless; thread-safe.
 */
final class FileFetch {
  private static final int BUFFER = 1 << 16;

  /**
   * How a fetch went. Immutable.
   *
   * @param resumedFrom the length of the part file it continued, 0 when it started from zero
   */
  record Fetched(long resumedFrom) {}

  private FileFetch() {}

  /** The temporary file beside a target: {@code .NAME.part}. */
  static Path partOf(Path target) {
    return target.resolveSibling("." + target.getFileName() + ".part");
  }

  /**
   * Fetches, verifies and renames the output into place.
   *
   * @param received told of every byte received, as it arrives
   * @throws HashMismatchException naming the output's path when the second try is damaged too
   * @throws DownloadCancelledException if cancelled or interrupted; the part file is kept
   */
  static Fetched fetch(
      FarmClient client,
      String jobId,
      Output output,
      Path target,
      RateLimit limit,
      LongConsumer received,
      Cancellation cancellation)
      throws IOException {
    Path part = partOf(target);
    Files.createDirectories(target.getParent());
    long resumedFrom = -1;
    for (int attempt = 1; ; attempt++) {
      MessageDigest digest = Sha256.digest();
      long have = prepare(part, output, digest);
      if (resumedFrom < 0) {
        resumedFrom = have;
      }
      fetchRest(client, jobId, output, part, have, digest, limit, received, cancellation);
      String actual = Sha256.hex(digest);
      if (actual.equals(output.sha256())) {
        Files.move(
            part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return new Fetched(resumedFrom);
      }
      Files.deleteIfExists(part);
      if (attempt == 2) {
        throw new HashMismatchException(output.path(), output.sha256(), actual);
      }
    }
  }

  /**
   * Readies the part file: drops one longer than the output, hashes what it holds.
   *
   * @return its length: where the fetch continues
   */
  private static long prepare(Path part, Output output, MessageDigest digest) throws IOException {
    if (!Files.isRegularFile(part)) {
      return 0;
    }
    if (Files.size(part) > output.size()) {
      Files.delete(part);
      return 0;
    }
    byte[] buffer = new byte[BUFFER];
    long have = 0;
    try (InputStream in = Files.newInputStream(part)) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
        have += n;
      }
    }
    return have;
  }

  /** Fetches what the part file lacks, appending (or starting over when the farm sends it all). */
  private static void fetchRest(
      FarmClient client,
      String jobId,
      Output output,
      Path part,
      long have,
      MessageDigest digest,
      RateLimit limit,
      LongConsumer received,
      Cancellation cancellation)
      throws IOException {
    if (have == output.size() && Files.exists(part)) {
      return;
    }
    checkCancelled(cancellation);
    try (OutputDownload download = client.openOutput(jobId, output.sha256(), have)) {
      boolean resume = have > 0 && download.start() == have;
      if (!resume && have > 0) {
        digest.reset();
      }
      long room = output.size() - (resume ? have : 0);
      try (FileChannel out =
          FileChannel.open(
              part,
              StandardOpenOption.CREATE,
              StandardOpenOption.WRITE,
              resume ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING)) {
        copy(download.body(), out, room, digest, limit, received, cancellation);
      }
    }
  }

  /** Copies at most {@code room} bytes (and one more, so an over-long answer fails its hash). */
  private static void copy(
      InputStream in,
      FileChannel out,
      long room,
      MessageDigest digest,
      RateLimit limit,
      LongConsumer received,
      Cancellation cancellation)
      throws IOException {
    byte[] buffer = new byte[limit.chunk(BUFFER)];
    long left = room + 1;
    for (int n; left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0; ) {
      ByteBuffer bytes = ByteBuffer.wrap(buffer, 0, n);
      while (bytes.hasRemaining()) {
        out.write(bytes);
      }
      digest.update(buffer, 0, n);
      left -= n;
      received.accept(n);
      limit.take(n, cancellation);
      checkCancelled(cancellation);
    }
  }

  static void checkCancelled(Cancellation cancellation) throws DownloadCancelledException {
    if (cancellation.isCancelled() || Thread.currentThread().isInterrupted()) {
      throw new DownloadCancelledException();
    }
  }
}
