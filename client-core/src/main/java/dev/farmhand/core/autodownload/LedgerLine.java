package dev.farmhand.core.autodownload;

import dev.farmhand.core.protocol.Nullable;

/**
 * One line of the ledger, as JSON. Immutable.
 *
 * @param op {@code want} (an output to bring home), {@code done} (on disk and verified), {@code
 *     failed} (gave up until the next start), {@code marked} (the job was told Downloaded) or
 *     {@code closed} (the auto-downloader stopped cleanly; only ever the last line)
 * @param job the job
 * @param path the output's path, for file lines
 * @param sha256 the output's SHA-256, for file lines
 * @param size the output's length, for file lines
 * @param target where it was put, for {@code done}
 * @param reason why it failed, for {@code failed}
 */
record LedgerLine(
    String op,
    String job,
    @Nullable String path,
    @Nullable String sha256,
    @Nullable Long size,
    @Nullable String target,
    @Nullable String reason) {
  static final String WANT = "want";
  static final String DONE = "done";
  static final String FAILED = "failed";
  static final String MARKED = "marked";
  static final String CLOSED = "closed";
}
