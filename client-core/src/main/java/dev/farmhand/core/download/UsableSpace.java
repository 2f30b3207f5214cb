package dev.farmhand.core.download;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How many bytes can still be written on the disk holding a folder: {@link #DISK} asks the file
 * system; tests give a full disk of their own. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface UsableSpace {
  /** The disk's own answer: {@link java.nio.file.FileStore#getUsableSpace()}. */
  UsableSpace DISK = folder -> Files.getFileStore(folder).getUsableSpace();

  /** Bytes usable on the disk holding this existing folder. */
  long of(Path folder) throws IOException;
}
