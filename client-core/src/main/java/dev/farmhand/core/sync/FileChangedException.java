package dev.farmhand.core.sync;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A dependency changed while it was hashed or uploaded: its size or modification time is no longer
 * what it was when it was hashed, or the farm found the bytes it received do not hash to what the
 * file hashed to. The farm kept nothing of it; save the file and sync again.
 */
public final class FileChangedException extends IOException {
  private final Path file;

  public FileChangedException(Path file, String how) {
    super(
        file
            + " changed while it was being "
            + how
            + ": wait until it is saved and sync again (it will be hashed again)");
    this.file = file;
  }

  public FileChangedException(Path file, String how, Throwable cause) {
    this(file, how);
    initCause(cause);
  }

  /** The local file that changed. */
  public Path file() {
    return file;
  }
}
