package dev.farmhand.core.download;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@link Downloader#fetch} did with one output. Failures to fetch (a damaged download, a
 * failed request) are thrown instead. Immutable.
 *
 * @param kind what happened
 * @param path the output's path as the farm gave it
 * @param target where it lands on disk; for {@link Kind#REFUSED}, the folder it was refused in
 * @param resumedFrom for {@link Kind#FETCHED}, the length of a part file left before that it
 *     continued; 0 when it started from zero
 * @param detail for {@link Kind#REFUSED}, why, naming the path; otherwise empty
 */
public record FileOutcome(Kind kind, String path, Path target, long resumedFrom, String detail) {
  /** What happened to one output. */
  public enum Kind {
    /** Fetched, verified and renamed into place. */
    FETCHED,
    /** A file with the same SHA-256 was there already; nothing fetched. */
    ALREADY_THERE,
    /** A different file is there and may not be replaced: it was kept, the output not written. */
    CONFLICT,
    /** Its path would land outside the job's folder (absolute, {@code ..}, through a link). */
    REFUSED
  }

  public FileOutcome {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(detail, "detail");
  }

  /** Whether the output is now on disk, verified. */
  public boolean onDisk() {
    return kind == Kind.FETCHED || kind == Kind.ALREADY_THERE;
  }
}
