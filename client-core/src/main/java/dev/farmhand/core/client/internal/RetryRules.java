package dev.farmhand.core.client.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.HttpResponse;

/**
 * What the farm client may retry. A request that never reached the farm (the connection could not
 * be made) may always be sent again. Beyond that, only requests the protocol makes safe to repeat:
 * {@code GET} and {@code HEAD}; {@code POST /files/missing} (a question); {@code PUT
 * /files/{sha256}} (a part at an offset the farm already holds is skipped) when its body can be
 * sent again; {@code POST /jobs} with its {@code Idempotency-Key} (a replay answers the same job);
 * and {@code POST /jobs/{id}/downloaded} (idempotent). Controls are never sent twice once they may
 * have reached the farm. Retried answers: 502, 503, 504; never a 4xx.
 */
public final class RetryRules {
  private static final Pattern MISSING = Pattern.compile(".*/api/v1/files/missing");
  private static final Pattern UPLOAD = Pattern.compile(".*/api/v1/files/[0-9a-f]{64}");
  private static final Pattern CREATE = Pattern.compile(".*/api/v1/jobs");
  private static final Pattern DOWNLOADED = Pattern.compile(".*/api/v1/jobs/[^/]+/downloaded");

  private RetryRules() {}

  /** How far a request may be retried. */
  public enum Safety {
    /** After any transient failure or a 502/503/504. */
    REPEATABLE,
    /** Only when the connection could not be made, so the farm cannot have seen it. */
    UNSENT_ONLY
  }

  /** How far this request may be retried. */
  public static Safety safety(HttpRequest request) {
    String method = request.getMethod().toUpperCase(Locale.ROOT);
    String path = request.getPath();
    int query = path.indexOf('?');
    if (query >= 0) {
      path = path.substring(0, query);
    }
    boolean repeatable =
        switch (method) {
          case "GET", "HEAD" -> true;
          case "POST" ->
              MISSING.matcher(path).matches()
                  || DOWNLOADED.matcher(path).matches()
                  || (CREATE.matcher(path).matches() && request.containsHeader("Idempotency-Key"));
          case "PUT" -> UPLOAD.matcher(path).matches() && bodyRepeatable(request);
          default -> false;
        };
    return repeatable ? Safety.REPEATABLE : Safety.UNSENT_ONLY;
  }

  private static boolean bodyRepeatable(HttpRequest request) {
    if (request instanceof org.apache.hc.core5.http.ClassicHttpRequest classic) {
      HttpEntity entity = classic.getEntity();
      return entity == null || entity.isRepeatable();
    }
    return false;
  }

  /** Whether a failure to get an answer may be retried for a request of this safety. */
  public static boolean retries(Safety safety, IOException failure) {
    if (failure instanceof ConnectTimeoutException
        || failure instanceof ConnectException
        || failure instanceof NoRouteToHostException) {
      return true;
    }
    if (safety != Safety.REPEATABLE
        || failure instanceof UnknownHostException
        || failure instanceof SSLException) {
      return false;
    }
    if (failure instanceof InterruptedIOException) {
      // A response timeout is worth another try; an interrupt or an exhausted pool is not.
      return failure instanceof SocketTimeoutException;
    }
    return true;
  }

  /** Whether an answer with this status may be retried for a request of this safety. */
  public static boolean retries(Safety safety, int status) {
    return safety == Safety.REPEATABLE && (status == 502 || status == 503 || status == 504);
  }

  /** The wait a {@code Retry-After} header asks for: seconds or an HTTP date. */
  public static Optional<Duration> retryAfter(HttpResponse response, Instant now) {
    var header = response.getFirstHeader(HttpHeaders.RETRY_AFTER);
    if (header == null || header.getValue() == null) {
      return Optional.empty();
    }
    String value = header.getValue().trim();
    try {
      long seconds = Long.parseLong(value);
      return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
    } catch (NumberFormatException notSeconds) {
      try {
        Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        Duration wait = Duration.between(now, at);
        return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
      } catch (DateTimeParseException notADate) {
        return Optional.empty();
      }
    }
  }
}
