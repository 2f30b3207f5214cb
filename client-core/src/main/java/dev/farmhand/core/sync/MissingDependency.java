package dev.farmhand.core.sync;

import java.util.Objects;

/**
 * A dependency that cannot be sent: its file does not exist, is not a regular file, or cannot be
 * read. Immutable.
 *
 * @param dependency the dependency
 * @param reason why, in words: {@code does not exist}, {@code is a folder}, {@code cannot be read}
 */
public record MissingDependency(LocalDependency dependency, String reason) {
  public MissingDependency {
    Objects.requireNonNull(dependency, "dependency");
    Objects.requireNonNull(reason, "reason");
  }

  @Override
  public String toString() {
    return dependency.file() + " (for " + dependency.path() + ") " + reason;
  }
}
