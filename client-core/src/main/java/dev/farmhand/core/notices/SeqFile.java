package dev.farmhand.core.notices;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.OptionalLong;

/**
 * The last sequence number handed on, kept in a file of one decimal line. Written beside the file
 * and renamed over it, so a reader (or a crash) sees the old value or the new, never half. Not
 * thread-safe: one writer (the dispatcher thread).
 */
final class SeqFile {
  private final Path file;
  private final Path temp;

  SeqFile(Path file) {
    this.file = file.toAbsolutePath();
    this.temp = this.file.resolveSibling(this.file.getFileName() + ".tmp");
  }

  /** The stored sequence number, or empty when there is no file yet. */
  OptionalLong read() throws IOException {
    if (!Files.exists(file)) {
      return OptionalLong.empty();
    }
    String text = Files.readString(file, StandardCharsets.UTF_8).trim();
    try {
      long seq = Long.parseLong(text);
      if (seq < 0) {
        throw new NumberFormatException("negative");
      }
      return OptionalLong.of(seq);
    } catch (NumberFormatException e) {
      throw new IOException(
          "the sequence file "
              + file
              + " holds '"
              + text
              + "', not a sequence number: delete it to start from the farm's latest event",
          e);
    }
  }

  void write(long seq) throws IOException {
    Path parent = file.getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(temp, seq + "\n", StandardCharsets.UTF_8);
    try {
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  @Override
  public String toString() {
    return file.toString();
  }
}
