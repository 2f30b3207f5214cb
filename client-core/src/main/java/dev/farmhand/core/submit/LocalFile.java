package dev.farmhand.core.submit;

import dev.farmhand.core.paths.RelativePath;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A file a job needs: where it is on this machine, and where it goes in the job's workspace.
 *
 * @param local the file on this machine
 * @param inWorkspace its path in the job's workspace, as the scene refers to it
 */
public record LocalFile(Path local, RelativePath inWorkspace) {
  public LocalFile {
    Objects.requireNonNull(local, "local");
    Objects.requireNonNull(inWorkspace, "inWorkspace");
  }
}
