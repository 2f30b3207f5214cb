package dev.farmhand.core.sync;

import dev.farmhand.core.paths.RelativePath;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A local file a job needs and where it goes in the job's workspace on the farm. Immutable.
 *
 * @param file the local file; made absolute and normalized
 * @param path where the farm lays it out in the job's workspace
 */
public record LocalDependency(Path file, RelativePath path) {
  public LocalDependency {
    file = Objects.requireNonNull(file, "file").toAbsolutePath().normalize();
    Objects.requireNonNull(path, "path");
  }
}
