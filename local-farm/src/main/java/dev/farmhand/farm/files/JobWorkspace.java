package dev.farmhand.farm.files;

import dev.farmhand.core.files.HashMismatchException;
import dev.farmhand.core.files.Sha256;
import dev.farmhand.core.paths.RelativePath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A job's folder on the farm's shared disk: its dependencies laid out at their relative paths, as
 * the scene expects to find them. Files are copied from the content store (a renderer that writes
 * over its input cannot damage the store) and verified after the copy. Not thread-safe: one job's
 * workspace is laid out by one thread at a time.
 */
public final class JobWorkspace {
  private final Path root;
  private final ContentStore store;

  /** The workspace in {@code root}, created if needed, filled from {@code store}. */
  public JobWorkspace(Path root, ContentStore store) throws IOException {
    this.root = Files.createDirectories(root);
    this.store = store;
  }

  /** The workspace's folder. */
  public Path root() {
    return root;
  }

  /**
   * Lays out every file of the manifest (relative path → SHA-256) and verifies each copy. A file
   * already in place with the right content is left as it is.
   *
   * @throws HashMismatchException if a copy does not have its hash (the copy is removed)
   * @throws java.nio.file.NoSuchFileException if the store lacks a file
   * @throws dev.farmhand.core.paths.UnsafePathException if a path would land outside the workspace
   */
  public void layOut(Map<RelativePath, String> manifest) throws IOException {
    for (Map.Entry<RelativePath, String> file : manifest.entrySet()) {
      Path target = file.getKey().resolveUnder(root);
      String sha256 = file.getValue();
      if (Files.isRegularFile(target) && Sha256.of(target).equals(sha256)) {
        continue;
      }
      Files.createDirectories(target.getParent());
      Path temporary = target.resolveSibling(target.getFileName() + ".copying");
      Files.copy(store.blob(sha256), temporary, StandardCopyOption.REPLACE_EXISTING);
      String actual = Sha256.of(temporary);
      if (!actual.equals(sha256)) {
        Files.delete(temporary);
        throw new HashMismatchException(file.getKey().toString(), sha256, actual);
      }
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * Checks every file of the manifest in the workspace.
   *
   * @return the files that are missing or damaged, with what is wrong with each, in manifest order
   */
  public Map<RelativePath, String> verify(Map<RelativePath, String> manifest) throws IOException {
    Map<RelativePath, String> faults = new LinkedHashMap<>();
    for (Map.Entry<RelativePath, String> file : manifest.entrySet()) {
      Path target = file.getKey().resolveUnder(root);
      if (!Files.isRegularFile(target)) {
        faults.put(file.getKey(), "missing");
      } else if (!Sha256.of(target).equals(file.getValue())) {
        faults.put(file.getKey(), "damaged: its SHA-256 is not " + file.getValue());
      }
    }
    return faults;
  }
}
