package dev.farmhand.core.download;

import dev.farmhand.core.files.Sha256;
import dev.farmhand.core.paths.RelativePath;
import dev.farmhand.core.paths.UnsafePathException;
import dev.farmhand.core.protocol.Nullable;
import dev.farmhand.core.protocol.Output;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.function.Predicate;

/**
 * Where one output lands in its job's folder and whether it must be fetched: refused when its path
 * would land outside the folder, already there when a file with its SHA-256 is, a conflict when a
 * different file (or a folder) is there that may not be replaced. Stateless; thread-safe.
 */
final class Placement {
  /**
   * The decision for one output.
   *
   * @param kind {@link FileOutcome.Kind#FETCHED} when it is to be fetched
   * @param target where it lands
   * @param toFetch bytes still to fetch, counting a part file left before
   * @param refusal why it was refused; null otherwise
   */
  record Decision(
      FileOutcome.Kind kind, Path target, long toFetch, @Nullable UnsafePathException refusal) {
    /** Why it was refused, for a person; empty when it was not. */
    String detail() {
      return refusal == null ? "" : "refused: " + refusal.getMessage() + "; not downloaded";
    }

    FileOutcome outcome(String path) {
      return new FileOutcome(kind, path, target, 0, detail());
    }
  }

  private Placement() {}

  /**
   * Decides for one output.
   *
   * @param mayReplace whether a different file already at the target may be replaced
   * @throws IOException if the folder or the file there cannot be read
   */
  static Decision decide(Path folder, Output output, Predicate<Path> mayReplace)
      throws IOException {
    Path target;
    try {
      target = RelativePath.of(output.path()).resolveUnder(folder);
    } catch (UnsafePathException e) {
      return new Decision(FileOutcome.Kind.REFUSED, folder, 0, e);
    }
    if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
      return new Decision(FileOutcome.Kind.CONFLICT, target, 0, null);
    }
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      if (Files.isRegularFile(target) && output.sha256().equals(Sha256.of(target))) {
        return new Decision(FileOutcome.Kind.ALREADY_THERE, target, 0, null);
      }
      if (!mayReplace.test(target)) {
        return new Decision(FileOutcome.Kind.CONFLICT, target, 0, null);
      }
    }
    Path part = FileFetch.partOf(target);
    long have = Files.isRegularFile(part) ? Files.size(part) : 0;
    long toFetch = have <= output.size() ? output.size() - have : output.size();
    return new Decision(FileOutcome.Kind.FETCHED, target, toFetch, null);
  }
}
