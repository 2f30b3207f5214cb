package dev.farmhand.core.protocol;

/**
 * How much of one content the farm holds. In the answer to {@code POST /api/v1/files/missing} it
 * says where to resume; {@code PUT /api/v1/files/{sha256}} answers with it after each part.
 * Immutable.
 *
 * @param sha256 the content's SHA-256
 * @param size the content's full length in bytes
 * @param received how many bytes from the start the farm holds; upload from here
 * @param complete whether the farm holds all of it and has verified its hash
 */
public record UploadStatus(String sha256, long size, long received, boolean complete) {
  public UploadStatus {
    WireChecks.sha256(sha256, "sha256");
    WireChecks.notNegative(size, "size");
    WireChecks.notNegative(received, "received");
    if (received > size) {
      throw new IllegalArgumentException(
          "received (" + received + ") is more than size (" + size + ") for " + sha256);
    }
    if (complete && received != size) {
      throw new IllegalArgumentException(
          sha256 + " is complete with " + received + " of " + size + " bytes received");
    }
  }
}
