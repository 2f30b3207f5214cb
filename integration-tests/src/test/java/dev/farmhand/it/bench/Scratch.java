package dev.farmhand.it.bench;

import dev.farmhand.core.paths.RelativePath;
import dev.farmhand.core.sync.LocalDependency;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/** Random files for the sync benchmark, in a temporary folder deleted whole at the end. */
final class Scratch implements AutoCloseable {
  private static final int BLOCK = 1 << 20;

  private final Path root;
  private final SplittableRandom random = new SplittableRandom(42);

  Scratch() throws IOException {
    this.root = Files.createTempDirectory("farmhand-sync-bench");
  }

  /** A new empty folder under the scratch folder. */
  Path folder(String name) throws IOException {
    return Files.createDirectories(root.resolve(name));
  }

  /**
   * A project in {@code folder}: {@code small} files of {@code smallBytes} random bytes, 100 to a
   * folder two levels deep, then {@code big} files of {@code bigBytes}; each its own content.
   */
  List<LocalDependency> project(Path folder, int small, int smallBytes, int big, long bigBytes)
      throws IOException {
    List<LocalDependency> files = new ArrayList<>();
    byte[] bytes = new byte[smallBytes];
    for (int i = 0; i < small; i++) {
      String path =
          String.format("assets/set-%02d/group-%03d/asset-%05d.bin", i / 1000, i / 100, i);
      random.nextBytes(bytes);
      files.add(write(folder, path, bytes));
    }
    for (int i = 0; i < big; i++) {
      files.add(random(folder, String.format("caches/sim-%02d.bin", i), bigBytes));
    }
    return files;
  }

  /** A file of {@code size} random bytes at {@code path} under {@code folder}. */
  LocalDependency random(Path folder, String path, long size) throws IOException {
    Path file = folder.resolve(path);
    Files.createDirectories(file.getParent());
    byte[] block = new byte[BLOCK];
    try (OutputStream out = Files.newOutputStream(file)) {
      for (long left = size; left > 0; left -= BLOCK) {
        random.nextBytes(block);
        out.write(block, 0, (int) Math.min(BLOCK, left));
      }
    }
    return new LocalDependency(file, RelativePath.of(path));
  }

  private static LocalDependency write(Path folder, String path, byte[] bytes) throws IOException {
    Path file = folder.resolve(path);
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
    return new LocalDependency(file, RelativePath.of(path));
  }

  /** Deletes a folder and all it holds. */
  static void delete(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  @Override
  public void close() throws IOException {
    delete(root);
  }
}
