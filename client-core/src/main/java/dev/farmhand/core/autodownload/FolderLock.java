package dev.farmhand.core.autodownload;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The lock that makes one auto-downloader per download folder: an OS file lock on {@code
 * .farmhand/autodownload.lock}, which the OS lets go when the process ends however it ends (kill -9
 * included), so a stale lock never blocks a restart. The file names the holder (pid, host, start)
 * for the message a second one gets. Not thread-safe; one owner.
 */
final class FolderLock implements AutoCloseable {
  private final FileChannel channel;
  private final FileLock lock;

  private FolderLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock of {@code folder}, whose state lives in {@code stateDir}.
   *
   * @throws FolderInUseException if another auto-downloader holds it, in this process or another
   */
  static FolderLock take(Path folder, Path stateDir) throws IOException {
    Files.createDirectories(stateDir);
    Path file = stateDir.resolve("autodownload.lock");
    FileChannel channel =
        FileChannel.open(
            file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    } catch (IOException e) {
      channel.close();
      throw new IOException("cannot lock " + file + ": " + e.getMessage(), e);
    }
    if (lock == null) {
      channel.close();
      throw new FolderInUseException(folder, holder(file));
    }
    String me =
        "pid "
            + ProcessHandle.current().pid()
            + ", started "
            + Instant.now().truncatedTo(ChronoUnit.SECONDS);
    channel.truncate(0);
    channel.write(ByteBuffer.wrap((me + "\n").getBytes(StandardCharsets.UTF_8)), 0);
    return new FolderLock(channel, lock);
  }

  private static String holder(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8).trim();
    } catch (IOException e) {
      return "";
    }
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }
}
