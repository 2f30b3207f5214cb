package dev.farmhand.farm.api;

import dev.farmhand.core.protocol.ErrorCode;
import dev.farmhand.farm.jobs.RefusedException;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves a file whole or, with {@code Range: bytes=START-[END]}, in part (206), so an interrupted
 * download resumes. {@code If-Range} with a stale ETag gets the whole file. One range per request.
 */
final class Ranges {
  private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-(\\d*)");

  private Ranges() {}

  /**
   * Answers with {@code in} (which it closes), of {@code size} bytes.
   *
   * @param etag the quoted ETag, or null
   */
  static void serve(Context ctx, InputStream in, long size, String contentType, String etag)
      throws IOException {
    ctx.header("Accept-Ranges", "bytes");
    if (etag != null) {
      ctx.header("ETag", etag);
    }
    String range = ctx.header("Range");
    String ifRange = ctx.header("If-Range");
    boolean partial = range != null && (ifRange == null || ifRange.equals(etag));
    if (!partial) {
      ctx.status(200).contentType(contentType).header("Content-Length", String.valueOf(size));
      ctx.result(in);
      return;
    }
    Matcher m = RANGE.matcher(range.trim());
    if (!m.matches()) {
      in.close();
      throw new RefusedException(
          ErrorCode.INVALID_REQUEST,
          "Range '"
              + range
              + "' is not one this farm serves: ask for bytes=START- or bytes=START-END",
          Map.of("field", "Range"));
    }
    long start;
    long end;
    try {
      start = Long.parseLong(m.group(1));
      end = m.group(2).isEmpty() ? size - 1 : Math.min(Long.parseLong(m.group(2)), size - 1);
    } catch (NumberFormatException e) {
      in.close();
      throw new RefusedException(
          ErrorCode.RANGE_NOT_SATISFIABLE,
          "Range '" + range + "' is past the end of the file, which has " + size + " bytes",
          Map.of("size", size));
    }
    if (start >= size || end < start) {
      in.close();
      ctx.header("Content-Range", "bytes */" + size);
      throw new RefusedException(
          ErrorCode.RANGE_NOT_SATISFIABLE,
          "Range '" + range + "' starts past the end of the file, which has " + size + " bytes",
          Map.of("size", size));
    }
    in.skipNBytes(start);
    long length = end - start + 1;
    ctx.status(206)
        .contentType(contentType)
        .header("Content-Range", "bytes " + start + "-" + end + "/" + size)
        .header("Content-Length", String.valueOf(length));
    ctx.result(new BoundedInputStream(in, length));
  }

  /** At most {@code remaining} bytes of a stream. */
  private static final class BoundedInputStream extends InputStream {
    private final InputStream in;
    private long remaining;

    BoundedInputStream(InputStream in, long remaining) {
      this.in = in;
      this.remaining = remaining;
    }

    @Override
    public int read() throws IOException {
      if (remaining <= 0) {
        return -1;
      }
      int b = in.read();
      if (b >= 0) {
        remaining--;
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      if (remaining <= 0) {
        return -1;
      }
      int n = in.read(buffer, offset, (int) Math.min(length, remaining));
      if (n > 0) {
        remaining -= n;
      }
      return n;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
