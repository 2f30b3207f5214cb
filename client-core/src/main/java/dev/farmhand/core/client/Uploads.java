package dev.farmhand.core.client;

import dev.farmhand.core.client.internal.Exchange;
import dev.farmhand.core.client.internal.PartEntity;
import dev.farmhand.core.files.Sha256;
import dev.farmhand.core.protocol.UploadStatus;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;

/** The byte transfers of {@link FarmClient}: upload parts, upload offsets, output downloads. */
final class Uploads {
  private static final Pattern CONTENT_RANGE = Pattern.compile("bytes (\\d+)-(\\d+)/(\\d+)");

  private Uploads() {}

  static UploadStatus put(
      Exchange exchange, String sha256, long size, long offset, InputStream part, long length)
      throws IOException {
    Sha256.check(sha256);
    if (size < 0 || offset < 0 || length < 0 || offset + length > size) {
      throw new IllegalArgumentException(
          "upload part "
              + offset
              + "+"
              + length
              + " does not fit in a file of "
              + size
              + " bytes: send bytes 0 to size − 1");
    }
    var request =
        exchange.request("PUT", "/api/v1/files/" + sha256).setEntity(new PartEntity(part, length));
    if (length > 0) {
      request.addHeader(
          "Content-Range", "bytes " + offset + "-" + (offset + length - 1) + "/" + size);
    } else if (size > 0) {
      throw new IllegalArgumentException(
          "an empty upload part of a file of " + size + " bytes: send at least one byte");
    }
    var http = request.build();
    return exchange.call(http, UploadStatus.class);
  }

  static UploadStatus offset(Exchange exchange, String sha256, long size) throws IOException {
    Sha256.check(sha256);
    if (size < 0) {
      throw new IllegalArgumentException("file size must not be negative: " + size);
    }
    var http = exchange.request("HEAD", "/api/v1/files/" + sha256).build();
    Exchange.Answer answer;
    try {
      answer = exchange.send(http);
    } catch (NotFoundException none) {
      return new UploadStatus(sha256, size, 0, false);
    }
    String offset = answer.header("Upload-Offset");
    String length = answer.header("Upload-Length");
    long received;
    try {
      received = Long.parseLong(offset);
    } catch (NumberFormatException e) {
      throw new UnexpectedAnswerException(
          "the farm at "
              + exchange.farm()
              + " answered HEAD /api/v1/files/"
              + sha256
              + " without a valid Upload-Offset ("
              + offset
              + "): check that it is a Farmhand farm speaking protocol v1",
          exchange.farm(),
          answer.status(),
          "",
          e);
    }
    // Upload-Length is optional here: the caller knows the size, the farm may not say it.
    if (length != null && !length.equals(String.valueOf(size)) || received > size) {
      throw new FarmException(
          "the farm at "
              + exchange.farm()
              + " holds "
              + received
              + " bytes of "
              + sha256
              + " declared as "
              + length
              + " bytes, not "
              + size
              + ": the file is not what was hashed; hash it again",
          exchange.farm(),
          answer.status(),
          null,
          null);
    }
    return new UploadStatus(sha256, size, received, "?1".equals(answer.header("Upload-Complete")));
  }

  static OutputDownload open(Exchange exchange, String jobId, String sha256, long from)
      throws IOException {
    Sha256.check(sha256);
    if (from < 0) {
      throw new IllegalArgumentException("download offset must not be negative: " + from);
    }
    var request = exchange.request("GET", "/api/v1/jobs/" + jobId + "/outputs/" + sha256);
    if (from > 0) {
      request.addHeader("Range", "bytes=" + from + "-").addHeader("If-Range", "\"" + sha256 + "\"");
    }
    ClassicHttpResponse response = exchange.open(request.build());
    try {
      HttpEntity entity = response.getEntity();
      if (response.getCode() == 206) {
        Header range = response.getFirstHeader("Content-Range");
        Matcher m = range == null ? null : CONTENT_RANGE.matcher(range.getValue());
        if (m == null || !m.matches() || Long.parseLong(m.group(1)) != from) {
          throw nonsense(exchange.farm(), jobId, sha256, 206, "Content-Range " + range);
        }
        return new OutputDownload(response, content(entity), from, Long.parseLong(m.group(3)));
      }
      if (response.getCode() != 200 || entity == null || entity.getContentLength() < 0) {
        throw nonsense(exchange.farm(), jobId, sha256, response.getCode(), "no Content-Length");
      }
      return new OutputDownload(response, entity.getContent(), 0, entity.getContentLength());
    } catch (IOException | RuntimeException e) {
      response.close();
      throw e;
    }
  }

  private static InputStream content(HttpEntity entity) throws IOException {
    return entity == null ? InputStream.nullInputStream() : entity.getContent();
  }

  private static UnexpectedAnswerException nonsense(
      URI farm, String jobId, String sha256, int status, String what) {
    return new UnexpectedAnswerException(
        "the farm at "
            + farm
            + " answered the download of output "
            + sha256
            + " of job "
            + jobId
            + " with HTTP "
            + status
            + " and "
            + what
            + ": check that it is a Farmhand farm speaking protocol v1",
        farm,
        status,
        "",
        null);
  }
}
