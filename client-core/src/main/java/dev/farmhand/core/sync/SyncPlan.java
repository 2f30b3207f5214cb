package dev.farmhand.core.sync;

import java.util.List;
import java.util.Objects;

/**
 * Dependencies checked on the local disk, before anything is hashed or uploaded: those that can be
 * sent and those that cannot. Made by {@link DependencySync#check}; the caller inspects {@link
 * #missing()} and either stops, or goes on {@link #withoutMissing()}. Immutable.
 *
 * @param present dependencies whose files exist and can be read, in the order given
 * @param missing dependencies that cannot be sent, in the order given
 */
public record SyncPlan(List<LocalDependency> present, List<MissingDependency> missing) {
  public SyncPlan {
    present = List.copyOf(Objects.requireNonNull(present, "present"));
    missing = List.copyOf(Objects.requireNonNull(missing, "missing"));
  }

  /** Whether every dependency can be sent. */
  public boolean complete() {
    return missing.isEmpty();
  }

  /** The same plan leaving the missing dependencies out: the job is submitted without them. */
  public SyncPlan withoutMissing() {
    return new SyncPlan(present, List.of());
  }

  /**
   * This plan, if nothing is missing.
   *
   * @throws MissingDependenciesException listing every missing dependency
   */
  public SyncPlan orThrow() throws MissingDependenciesException {
    if (!missing.isEmpty()) {
      throw new MissingDependenciesException(missing);
    }
    return this;
  }
}
