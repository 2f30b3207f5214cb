package dev.farmhand.core.download;

import java.util.Objects;

/**
 * One output of a job that could not be brought home. Immutable.
 *
 * @param path the output's path as the farm gave it
 * @param reason what went wrong and what to do, naming the path
 * @param cause the exception behind it: an {@link dev.farmhand.core.paths.UnsafePathException}, a
 *     {@link dev.farmhand.core.files.HashMismatchException}, or another {@link Exception}
 */
public record DownloadFailure(String path, String reason, Exception cause) {
  public DownloadFailure {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(cause, "cause");
  }
}
