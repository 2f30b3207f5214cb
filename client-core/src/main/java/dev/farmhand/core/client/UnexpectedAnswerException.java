package dev.farmhand.core.client;

import dev.farmhand.core.protocol.Nullable;
import java.net.URI;

/**
 * The farm answered something that is not the protocol: not JSON, JSON of the wrong shape, or an
 * error status without the protocol's error shape (a proxy's or web server's page). The message
 * names the URL, the status and the start of the body (with the key blanked out should it appear).
 */
public final class UnexpectedAnswerException extends FarmException {
  private static final long serialVersionUID = 1L;

  private final String bodyStart;

  public UnexpectedAnswerException(
      String message, URI farm, int status, String bodyStart, @Nullable Throwable cause) {
    super(message, farm, status, null, cause);
    this.bodyStart = bodyStart;
  }

  /** The first characters of the answer's body, as text. */
  public String bodyStart() {
    return bodyStart;
  }
}
