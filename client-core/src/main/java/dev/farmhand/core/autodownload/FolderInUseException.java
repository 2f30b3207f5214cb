package dev.farmhand.core.autodownload;

import java.io.IOException;
import java.nio.file.Path;

/** Another auto-downloader holds the download folder's lock. */
public final class FolderInUseException extends IOException {
  private final Path folder;

  FolderInUseException(Path folder, String holder) {
    super(
        "another auto-downloader"
            + (holder.isEmpty() ? "" : " (" + holder + ")")
            + " is using the download folder "
            + folder
            + ": stop it first, or give this one another folder with --to DIR");
    this.folder = folder;
  }

  /** The download folder. */
  public Path folder() {
    return folder;
  }
}
