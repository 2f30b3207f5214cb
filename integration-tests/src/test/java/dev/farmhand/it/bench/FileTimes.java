package dev.farmhand.it.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

/**
 * When the file system says a downloaded file was made, last written and last changed. A {@link
 * dev.farmhand.core.download.Downloader} makes the part file once the farm's answer has begun,
 * writes the body and renames it into place (a change), so these time the phases of a fetch from
 * outside it. The clock is the kernel's coarse one: a few milliseconds. Immutable.
 *
 * @param made when the part file was made: the farm's answer had begun
 * @param written when its last byte was written
 * @param renamed when it was last changed: flushed and renamed into place
 */
record FileTimes(Instant made, Instant written, Instant renamed) {
  /**
   * The times of this file.
   *
   * @throws IOException if they cannot be read (a file system without birth times answers its
   *     modification time as when it was made)
   */
  static FileTimes of(Path file) throws IOException {
    BasicFileAttributes basic = Files.readAttributes(file, BasicFileAttributes.class);
    FileTime changed = (FileTime) Files.getAttribute(file, "unix:ctime");
    return new FileTimes(
        basic.creationTime().toInstant(),
        basic.lastModifiedTime().toInstant(),
        changed.toInstant());
  }
}
