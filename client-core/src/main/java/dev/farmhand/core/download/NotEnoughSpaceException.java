package dev.farmhand.core.download;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A download refused before it started: the disk holding a download folder has less usable space
 * than the outputs still to fetch. Nothing was written.
 */
public final class NotEnoughSpaceException extends IOException {
  private final Path folder;
  private final long needed;
  private final long usable;

  public NotEnoughSpaceException(Path folder, long needed, long usable) {
    super(
        "not enough space for the download into "
            + folder
            + ": "
            + needed
            + " bytes are needed but only "
            + usable
            + " are usable there; free "
            + (needed - usable)
            + " bytes or download elsewhere (--to DIR)");
    this.folder = folder;
    this.needed = needed;
    this.usable = usable;
  }

  /** The download folder (the first of those on the full disk). */
  public Path folder() {
    return folder;
  }

  /** Bytes still to fetch into the folders on that disk. */
  public long needed() {
    return needed;
  }

  /** Bytes usable on that disk. */
  public long usable() {
    return usable;
  }
}
