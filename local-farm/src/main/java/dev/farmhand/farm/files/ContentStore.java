package dev.farmhand.farm.files;

import dev.farmhand.core.files.HashMismatchException;
import dev.farmhand.core.files.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The farm's content-addressed file store: every uploaded file is kept once, named by its SHA-256.
 * Uploads arrive in parts, appended at the offset the farm already holds, so an interrupted upload
 * resumes; when the last part is in, the farm hashes the whole file again and keeps it only if the
 * hash is the one announced. Thread-safe: uploads of different files proceed in parallel, parts of
 * one file one at a time.
 */
public final class ContentStore {
  private final Path blobs;
  private final Path incoming;
  private final ConcurrentHashMap<String, Object> locks = new ConcurrentHashMap<>();

  /** A store in this folder, created if needed; what it held before is kept. */
  public ContentStore(Path root) throws IOException {
    this.blobs = Files.createDirectories(root.resolve("blobs"));
    this.incoming = Files.createDirectories(root.resolve("incoming"));
  }

  /** True when the store holds the file with this hash. */
  public boolean has(String sha256) {
    return Files.isRegularFile(blobPath(Sha256.check(sha256)));
  }

  /** Of these hashes, those the store lacks, in the order given, each once. */
  public Set<String> missing(Collection<String> sha256s) {
    Set<String> result = new LinkedHashSet<>();
    for (String sha256 : sha256s) {
      if (!has(sha256)) {
        result.add(sha256);
      }
    }
    return result;
  }

  /**
   * The stored file with this hash.
   *
   * @throws NoSuchFileException if the store lacks it
   */
  public Path blob(String sha256) throws NoSuchFileException {
    Path path = blobPath(Sha256.check(sha256));
    if (!Files.isRegularFile(path)) {
      throw new NoSuchFileException(path.toString(), null, "the farm has no file " + sha256);
    }
    return path;
  }

  /**
   * How many bytes of an upload of this file have arrived so far: where the upload resumes. A file
   * the store holds already is uploaded again to prove it (see {@link #finish}), so this counts the
   * upload only.
   */
  public long received(String sha256) throws IOException {
    Path part = partPath(Sha256.check(sha256));
    return Files.exists(part) ? Files.size(part) : 0;
  }

  /**
   * Appends a part of an upload that starts at {@code offset}. A part may start at or before what
   * the farm holds: the bytes it has already are skipped, so a retried part is harmless.
   *
   * @return how many bytes of the file the farm now holds
   * @throws UploadOffsetException if {@code offset} is past what the farm holds
   */
  public long append(String sha256, long offset, InputStream part) throws IOException {
    synchronized (lock(Sha256.check(sha256))) {
      long held = received(sha256);
      if (offset > held || offset < 0) {
        throw new UploadOffsetException(sha256, held, offset);
      }
      if (skipUpTo(part, held - offset) < held - offset) {
        return held;
      }
      try (OutputStream out =
          Files.newOutputStream(
              partPath(sha256), StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
        part.transferTo(out);
      }
      return received(sha256);
    }
  }

  /**
   * Ends an upload: the farm hashes what it received again and keeps it under its hash (or, when it
   * has the file already, takes the upload as proof that the uploader has it), or throws it away so
   * the next upload starts afresh.
   *
   * @throws HashMismatchException if the content's hash is not {@code sha256}
   * @throws IOException if the size received is not {@code size}
   */
  public Path finish(String sha256, long size) throws IOException {
    synchronized (lock(Sha256.check(sha256))) {
      Path part = partPath(sha256);
      long held = Files.exists(part) ? Files.size(part) : 0;
      if (held != size) {
        throw new IOException(
            "upload of "
                + sha256
                + " holds "
                + held
                + " of "
                + size
                + " bytes; send the rest from offset "
                + held
                + " before finishing it");
      }
      String actual = Sha256.of(part);
      if (!actual.equals(sha256)) {
        Files.delete(part);
        throw new HashMismatchException("upload of " + sha256, sha256, actual);
      }
      Path blob = blobPath(sha256);
      if (Files.isRegularFile(blob)) {
        Files.delete(part);
      } else {
        Files.createDirectories(blob.getParent());
        Files.move(part, blob, StandardCopyOption.ATOMIC_MOVE);
      }
      return blob;
    }
  }

  /** Skips up to {@code count} bytes; fewer only when the stream ends first. */
  private static long skipUpTo(InputStream in, long count) throws IOException {
    long skipped = 0;
    while (skipped < count) {
      long n = in.skip(count - skipped);
      if (n <= 0) {
        if (in.read() < 0) {
          break;
        }
        n = 1;
      }
      skipped += n;
    }
    return skipped;
  }

  private Object lock(String sha256) {
    return locks.computeIfAbsent(sha256, k -> new Object());
  }

  private Path blobPath(String sha256) {
    return blobs.resolve(sha256.substring(0, 2)).resolve(sha256);
  }

  private Path partPath(String sha256) {
    return incoming.resolve(sha256 + ".part");
  }
}
