package dev.farmhand.core.download;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The folder a job's outputs go to on this machine. Immutable.
 *
 * @param path the folder, which exists
 * @param choice why there: the job's own output folder, a mapped one, or one chosen
 * @param note why the folder was mapped (the job's folder and what is wrong with it); empty when
 *     not
 */
public record JobFolder(Path path, FolderChoice choice, String note) {
  public JobFolder {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(choice, "choice");
    Objects.requireNonNull(note, "note");
  }
}
