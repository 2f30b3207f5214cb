package dev.farmhand.core.sync;

import dev.farmhand.core.protocol.Dependency;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of a dependency sync: what the job names, all of it held by the farm. Immutable.
 *
 * @param dependencies the job's dependencies (workspace path, SHA-256, size), in the order given
 * @param summary what the sync did
 */
public record SyncResult(List<Dependency> dependencies, SyncSummary summary) {
  public SyncResult {
    dependencies = List.copyOf(Objects.requireNonNull(dependencies, "dependencies"));
    Objects.requireNonNull(summary, "summary");
  }
}
