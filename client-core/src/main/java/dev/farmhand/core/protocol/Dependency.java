package dev.farmhand.core.protocol;

import java.util.Objects;

/**
 * One file a job needs, as it is laid out in the job's workspace on the farm. Immutable.
 *
 * @param path relative path in the workspace, with {@code /} separators; the farm refuses one that
 *     is absolute or climbs out with {@code ..}
 * @param sha256 the content's SHA-256, 64 lowercase hex digits
 * @param size the content's length in bytes
 */
public record Dependency(String path, String sha256, long size) {
  public Dependency {
    Objects.requireNonNull(path, "path");
    if (path.isBlank()) {
      throw new IllegalArgumentException("path is blank: give the file's path in the workspace");
    }
    WireChecks.sha256(sha256, "sha256");
    WireChecks.notNegative(size, "size");
  }
}
