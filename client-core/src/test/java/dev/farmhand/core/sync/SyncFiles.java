package dev.farmhand.core.sync;

import dev.farmhand.core.paths.RelativePath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Files for sync tests: random content of a given size, and dependencies on them. */
final class SyncFiles {
  private SyncFiles() {}

  static Path file(Path folder, String name, int size, long seed) throws IOException {
    byte[] bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    Path file = folder.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.write(file, bytes);
  }

  static LocalDependency dependency(Path file, String path) {
    return new LocalDependency(file, RelativePath.of(path));
  }

  /** {@code count} files of {@code size} bytes, each with its own content, as dependencies. */
  static List<LocalDependency> files(Path folder, int count, int size) throws IOException {
    List<LocalDependency> list = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String name = "f" + i + ".bin";
      list.add(dependency(file(folder, name, size, i), "assets/" + name));
    }
    return list;
  }
}
