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
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The farm's content-addressed file store: every uploaded file is kept once, named by its SHA-256.
 * Uploads arrive in parts, appended at the offset the farm already holds, so an interrupted upload
 * resumes; each account's uploads are kept apart until verified; when the last part is in, the farm
 * hashes the whole file again and keeps it only if the hash is the one announced. Thread-safe:
 * uploads of different files proceed in parallel, parts of one file one at a time.
 */
public final class ContentStore {
  private static final Pattern ACCOUNT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");
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
  public long received(String account, String sha256) throws IOException {
    Path part = partPath(account, Sha256.check(sha256));
    return Files.exists(part) ? Files.size(part) : 0;
  }

  /**
   * Appends a part of an upload that starts at {@code offset}. A part may start at or before what
   * the farm holds: the bytes it has already are skipped, so a retried part is harmless.
   *
   * @return how many bytes of the file the farm now holds
   * @throws UploadOffsetException if {@code offset} is past what the farm holds
   */
  public long append(String account, String sha256, long offset, InputStream part)
      throws IOException {
    synchronized (lock(account, Sha256.check(sha256))) {
      long held = received(account, sha256);
      if (offset > held || offset < 0) {
        throw new UploadOffsetException(sha256, held, offset);
      }
      if (skipUpTo(part, held - offset) < held - offset) {
        return held;
      }
      Path file = partPath(account, sha256);
      Files.createDirectories(file.getParent());
      try (OutputStream out =
          Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
        part.transferTo(out);
      }
      return received(account, sha256);
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
  public Path finish(String account, String sha256, long size) throws IOException {
    synchronized (lock(account, Sha256.check(sha256))) {
      Path part = partPath(account, sha256);
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
      Files.deleteIfExists(sizePath(account, sha256));
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

  /** Throws away what arrived of an account's upload, so it starts again from byte 0. */
  public void discard(String account, String sha256) throws IOException {
    synchronized (lock(account, Sha256.check(sha256))) {
      Files.deleteIfExists(partPath(account, sha256));
      Files.deleteIfExists(sizePath(account, sha256));
    }
  }

  /** Notes the size an upload's first part declared, for those who ask where it stands. */
  public void declare(String account, String sha256, long size) throws IOException {
    synchronized (lock(account, Sha256.check(sha256))) {
      Path file = sizePath(account, sha256);
      if (!Files.exists(file)) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, Long.toString(size));
      }
    }
  }

  /** The size an account's upload declared, or -1 when it is not known. */
  public long declared(String account, String sha256) throws IOException {
    Path file = sizePath(account, Sha256.check(sha256));
    try {
      return Files.exists(file) ? Long.parseLong(Files.readString(file).trim()) : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private Path sizePath(String account, String sha256) {
    return partPath(account, sha256).resolveSibling(sha256 + ".size");
  }

  private Object lock(String account, String sha256) {
    return locks.computeIfAbsent(account + "/" + sha256, k -> new Object());
  }

  private Path blobPath(String sha256) {
    return blobs.resolve(sha256.substring(0, 2)).resolve(sha256);
  }

  /** Each account's uploads apart: knowing a hash lets nobody add to another's upload. */
  private Path partPath(String account, String sha256) {
    if (!ACCOUNT.matcher(account).matches()) {
      throw new IllegalArgumentException("'" + account + "' is not an account name");
    }
    return incoming.resolve(account).resolve(sha256 + ".part");
  }
}
