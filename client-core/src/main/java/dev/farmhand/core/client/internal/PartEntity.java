package dev.farmhand.core.client.internal;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.AbstractHttpEntity;

/**
 * An upload part: exactly {@code length} bytes from a stream, sent with a known {@code
 * Content-Length}, never chunked. Repeatable when the stream supports {@code mark}/{@code reset}
 * (it is marked before the first byte is read), so the retry interceptor may send it again; the
 * stream is not closed.
 */
public final class PartEntity extends AbstractHttpEntity {
  private static final int BUFFER = 64 * 1024;

  private final InputStream part;
  private final long length;
  private final boolean repeatable;
  private boolean sent;

  public PartEntity(InputStream part, long length) {
    super(ContentType.APPLICATION_OCTET_STREAM, null, false);
    this.part = part;
    this.length = length;
    this.repeatable = part.markSupported() && length <= Integer.MAX_VALUE;
    if (repeatable) {
      part.mark((int) length);
    }
  }

  @Override
  public long getContentLength() {
    return length;
  }

  @Override
  public boolean isRepeatable() {
    return repeatable;
  }

  @Override
  public boolean isStreaming() {
    return !repeatable;
  }

  @Override
  public InputStream getContent() {
    throw new UnsupportedOperationException("an upload part is written, not read");
  }

  @Override
  public synchronized void writeTo(OutputStream out) throws IOException {
    if (sent) {
      if (!repeatable) {
        throw new IOException("an upload part from a stream without mark/reset is sent once only");
      }
      part.reset();
    }
    sent = true;
    byte[] buffer = new byte[(int) Math.min(BUFFER, Math.max(1, length))];
    long left = length;
    while (left > 0) {
      int n = part.read(buffer, 0, (int) Math.min(buffer.length, left));
      if (n < 0) {
        throw new EOFException(
            "the upload part ended after "
                + (length - left)
                + " of its "
                + length
                + " bytes: the file is shorter than when it was hashed; hash it again");
      }
      out.write(buffer, 0, n);
      left -= n;
    }
  }

  @Override
  public void close() {
    // The caller owns the stream.
  }
}
