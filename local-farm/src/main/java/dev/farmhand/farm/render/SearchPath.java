package dev.farmhand.farm.render;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The folders a worker looks in for a renderer's program, like a shell's {@code PATH} but without a
 * shell. Empty and relative entries are skipped, so a program is never found in whatever folder the
 * farm happens to run in. Immutable; thread-safe.
 */
public final class SearchPath {
  private final List<Path> folders;

  private SearchPath(List<Path> folders) {
    this.folders = List.copyOf(folders);
  }

  /** The {@code PATH} of this process's environment. */
  public static SearchPath ofEnvironment() {
    String path = System.getenv("PATH");
    return of(path == null ? "" : path);
  }

  /** The folders of a {@code PATH} value, separated as the platform separates them. */
  public static SearchPath of(String pathVariable) {
    List<Path> folders = new ArrayList<>();
    for (String entry : pathVariable.split(File.pathSeparator)) {
      try {
        Path folder = Path.of(entry);
        if (!entry.isEmpty() && folder.isAbsolute()) {
          folders.add(folder);
        }
      } catch (InvalidPathException e) {
        // An entry no program can be in.
      }
    }
    return new SearchPath(folders);
  }

  /** The first executable file called {@code program} in these folders, or empty. */
  public Optional<Path> find(String program) {
    for (Path folder : folders) {
      Path candidate = folder.resolve(program);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** The folders, first searched first. */
  public List<Path> folders() {
    return folders;
  }

  @Override
  public String toString() {
    return folders.toString();
  }
}
