package dev.farmhand.core.protocol;

/**
 * A file's content named by its hash, as the client asks about it. Immutable.
 *
 * @param sha256 the content's SHA-256, 64 lowercase hex digits
 * @param size the content's length in bytes
 */
public record FileRef(String sha256, long size) {
  public FileRef {
    WireChecks.sha256(sha256, "sha256");
    WireChecks.notNegative(size, "size");
  }
}
