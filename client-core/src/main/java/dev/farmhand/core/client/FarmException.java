package dev.farmhand.core.client;

import dev.farmhand.core.protocol.ApiError;
import dev.farmhand.core.protocol.ErrorCode;
import dev.farmhand.core.protocol.Nullable;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;

/**
 * A farm request that did not do what was asked: the farm refused it, failed, could not be reached
 * or answered something that is not the protocol. The subclasses say which; this class itself is an
 * error answer no subclass covers (a bad request, a 5xx in the error shape, an expired event
 * sequence…). The message names the thing and what to do next, and never holds the API key.
 */
public class FarmException extends IOException {
  private static final long serialVersionUID = 1L;

  private final URI farm;
  private final int status;
  private final transient @Nullable ApiError error;

  /**
   * @param message the whole message
   * @param farm the farm's URL
   * @param status the HTTP status of the answer; 0 when there was none
   * @param error the farm's error, when its answer had the error shape
   * @param cause the underlying failure, if any
   */
  public FarmException(
      String message, URI farm, int status, @Nullable ApiError error, @Nullable Throwable cause) {
    super(message, cause);
    this.farm = farm;
    this.status = status;
    this.error = error;
  }

  /** The farm's URL. */
  public URI farm() {
    return farm;
  }

  /** The HTTP status of the farm's answer; 0 when no answer came. */
  public int status() {
    return status;
  }

  /** The farm's error, when its answer was in the protocol's error shape. */
  public Optional<ApiError> error() {
    return Optional.ofNullable(error);
  }

  /** The farm's error code; {@link ErrorCode#UNKNOWN} when there was no error shape. */
  public ErrorCode code() {
    return error == null ? ErrorCode.UNKNOWN : error.code();
  }
}
