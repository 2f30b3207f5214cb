package dev.farmhand.core.client;

import java.io.IOException;
import java.io.InputStream;
import org.apache.hc.core5.http.ClassicHttpResponse;

/**
 * An output's bytes coming from the farm, from {@link #start()} to the end. Close it, read to the
 * end or not, to give the connection back. Not thread-safe.
 */
public final class OutputDownload implements AutoCloseable {
  private final ClassicHttpResponse response;
  private final InputStream body;
  private final long start;
  private final long total;

  OutputDownload(ClassicHttpResponse response, InputStream body, long start, long total) {
    this.response = response;
    this.body = body;
    this.start = start;
    this.total = total;
  }

  /** The bytes from {@link #start()} on. */
  public InputStream body() {
    return body;
  }

  /**
   * Where the body starts in the file: the asked offset when the farm resumed (206), 0 when it sent
   * the whole file (200), which it does when the content changed.
   */
  public long start() {
    return start;
  }

  /** The whole file's size in bytes. */
  public long total() {
    return total;
  }

  /** True when the body continues a partial file rather than starting it over. */
  public boolean resumed() {
    return start > 0;
  }

  @Override
  public void close() throws IOException {
    response.close();
  }
}
