package dev.farmhand.core.sync;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file's SHA-256 and the size and modification time it had when it was hashed; if either differs
 * later, the file changed since. Immutable.
 *
 * @param file the absolute path
 * @param size its size in bytes
 * @param modifiedNanos its modification time, nanoseconds since the epoch
 * @param sha256 its content's SHA-256
 */
public record FileHash(Path file, long size, long modifiedNanos, String sha256) {
  public FileHash {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(sha256, "sha256");
  }
}
