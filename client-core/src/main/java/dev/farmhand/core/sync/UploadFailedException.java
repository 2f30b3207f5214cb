package dev.farmhand.core.sync;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The upload of one dependency failed again and again, each time resumed from what the farm held.
 * The farm keeps what arrived; syncing again resumes from there. The cause is the last failure.
 */
public final class UploadFailedException extends IOException {
  private final Path file;
  private final long received;

  public UploadFailedException(Path file, int attempts, long received, IOException cause) {
    super(
        "uploading "
            + file
            + " failed "
            + (attempts == 1 ? "once" : attempts + " times in a row")
            + " ("
            + cause.getMessage()
            + "); the farm holds "
            + received
            + " bytes of it: check the connection to the farm and sync again to resume",
        cause);
    this.file = file;
    this.received = received;
  }

  /** The local file whose upload failed. */
  public Path file() {
    return file;
  }

  /** How many bytes of it the farm held when the sync gave up, as far as the client knows. */
  public long received() {
    return received;
  }
}
