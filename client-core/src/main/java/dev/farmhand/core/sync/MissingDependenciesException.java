package dev.farmhand.core.sync;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Some dependencies cannot be sent; all of them are listed, and nothing was hashed or uploaded.
 * Restore the files, or submit without them ({@link SyncPlan#withoutMissing()}).
 */
public final class MissingDependenciesException extends IOException {
  private final List<MissingDependency> missing;

  public MissingDependenciesException(List<MissingDependency> missing) {
    super(message(missing));
    this.missing = List.copyOf(missing);
  }

  private static String message(List<MissingDependency> missing) {
    return missing.size()
        + (missing.size() == 1 ? " dependency is" : " dependencies are")
        + " missing, nothing was uploaded: restore "
        + (missing.size() == 1 ? "it" : "them")
        + " or submit without "
        + (missing.size() == 1 ? "it" : "them")
        + ":\n"
        + missing.stream().map(m -> "  " + m).collect(Collectors.joining("\n"));
  }

  /** Every missing dependency, in the order given. */
  public List<MissingDependency> missing() {
    return missing;
  }
}
