package dev.farmhand.core.download;

import dev.farmhand.core.protocol.Job;
import dev.farmhand.core.protocol.Nullable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** Picks a job's download folder and makes sure it exists. Stateless; thread-safe. */
final class Folders {
  private Folders() {}

  /**
   * The job's output folder when it is usable here, otherwise {@code root/<job id>}; with {@code
   * chosen}, always {@code chosen/<job id>}. The folder returned exists.
   *
   * @throws IOException if the mapped folder cannot be made either
   */
  static JobFolder choose(Job job, Path root, @Nullable Path chosen) throws IOException {
    if (chosen != null) {
      return made(new JobFolder(chosen.resolve(job.id()), FolderChoice.CHOSEN, ""));
    }
    String problem = problem(job.outputDir());
    if (problem == null) {
      return new JobFolder(Path.of(job.outputDir()), FolderChoice.JOB_OUTPUT_DIR, "");
    }
    return made(new JobFolder(root.resolve(job.id()), FolderChoice.MAPPED, problem));
  }

  /** What makes the folder unusable here, or null when it is usable (it then exists). */
  static @Nullable String problem(@Nullable String outputDir) {
    if (outputDir == null || outputDir.isBlank()) {
      return "the job names no output folder";
    }
    Path path;
    try {
      path = Path.of(outputDir);
    } catch (InvalidPathException e) {
      return "the job's output folder '" + outputDir + "' is not a valid path here";
    }
    if (!path.isAbsolute()) {
      return "the job's output folder '" + outputDir + "' is not an absolute path on this machine";
    }
    try {
      Files.createDirectories(path);
    } catch (IOException | SecurityException e) {
      return "the job's output folder '" + outputDir + "' cannot be made here (" + e + ")";
    }
    if (!Files.isDirectory(path) || !Files.isWritable(path)) {
      return "the job's output folder '" + outputDir + "' cannot be written here";
    }
    return null;
  }

  private static JobFolder made(JobFolder folder) throws IOException {
    Files.createDirectories(folder.path());
    return folder;
  }
}
