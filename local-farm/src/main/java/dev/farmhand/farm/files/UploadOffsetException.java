package dev.farmhand.farm.files;

import java.io.IOException;

/** A part of an upload sent at another offset than the one the farm holds. */
public final class UploadOffsetException extends IOException {
  private final String sha256;
  private final long held;
  private final long offset;

  public UploadOffsetException(String sha256, long held, long offset) {
    super(
        "upload of "
            + sha256
            + " was sent at offset "
            + offset
            + " but the farm holds "
            + held
            + " bytes of it; ask how much it holds and resume from there");
    this.sha256 = sha256;
    this.held = held;
    this.offset = offset;
  }

  /** The file being uploaded. */
  public String sha256() {
    return sha256;
  }

  /** How many bytes the farm holds: where the upload resumes. */
  public long held() {
    return held;
  }

  /** The offset the part was sent at. */
  public long offset() {
    return offset;
  }
}
