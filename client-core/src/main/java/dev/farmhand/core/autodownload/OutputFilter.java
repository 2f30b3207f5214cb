package dev.farmhand.core.autodownload;

import dev.farmhand.core.protocol.Nullable;
import java.nio.file.FileSystems;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.Set;
import java.util.regex.PatternSyntaxException;

/**
 * Which outputs an auto-downloader brings home: those of the jobs named (every job when none is),
 * whose path matches the glob (every path when there is none). A glob with a {@code /} is matched
 * against the whole relative path ({@code renders/**.exr}); one without, against the file name
 * ({@code *.png}). Immutable; thread-safe.
 */
final class OutputFilter {
  private final Set<String> jobs;
  private final @Nullable String glob;
  private final @Nullable PathMatcher matcher;

  /**
   * @throws IllegalArgumentException if the glob is not one, naming it
   */
  OutputFilter(Set<String> jobs, @Nullable String glob) {
    this.jobs = Set.copyOf(jobs);
    this.glob = glob;
    try {
      this.matcher = glob == null ? null : FileSystems.getDefault().getPathMatcher("glob:" + glob);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(
          "the path pattern '"
              + glob
              + "' is not a glob ("
              + e.getDescription()
              + "): write one like '*.png' or 'renders/**.exr'",
          e);
    }
  }

  /** Whether this job's outputs are followed at all. */
  boolean job(String jobId) {
    return jobs.isEmpty() || jobs.contains(jobId);
  }

  /** The jobs named; empty for every job. */
  Set<String> jobs() {
    return jobs;
  }

  /** Whether some outputs may be left out by path: then no job counts as wholly downloaded. */
  boolean byPath() {
    return matcher != null;
  }

  /** Whether this output path is brought home. */
  boolean path(String path) {
    if (matcher == null) {
      return true;
    }
    try {
      Path relative = Path.of(path);
      Path name = relative.getFileName();
      return glob.contains("/") ? matcher.matches(relative) : name != null && matcher.matches(name);
    } catch (InvalidPathException e) {
      return false;
    }
  }
}
