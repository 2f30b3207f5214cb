package dev.farmhand.core.sync;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One part of a local file, read as the transport sends it: {@code length} bytes from {@code
 * offset}. It stops with {@link SyncCancelledException} when the sync is cancelled and with {@link
 * FileChangedException} when the file ends early; each byte read is counted by the upload. Not
 * thread-safe: one transport call reads it.
 */
final class PartStream extends InputStream {
  interface Sink {
    /** The stream read {@code count} bytes and reached {@code position} in the file. */
    void read(long position, int count);
  }

  private final Path file;
  private final FileChannel channel;
  private final long end;
  private final Cancellation cancellation;
  private final Sink sink;
  private long position;

  PartStream(Path file, long offset, long length, Cancellation cancellation, Sink sink)
      throws IOException {
    this.file = file;
    this.channel = FileChannel.open(file, StandardOpenOption.READ);
    channel.position(offset);
    this.position = offset;
    this.end = offset + length;
    this.cancellation = cancellation;
    this.sink = sink;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] bytes, int from, int length) throws IOException {
    cancellation.check("uploading");
    if (length == 0) {
      return 0;
    }
    if (position >= end) {
      return -1;
    }
    int n = channel.read(ByteBuffer.wrap(bytes, from, (int) Math.min(length, end - position)));
    if (n < 0) {
      throw new FileChangedException(file, "uploaded (it is shorter than when it was hashed)");
    }
    position += n;
    sink.read(position, n);
    return n;
  }

  @Override
  public int available() {
    return (int) Math.min(Integer.MAX_VALUE, end - position);
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
