package dev.farmhand.core.client;

import java.net.URI;

/**
 * No answer came from the farm: the connection was refused or timed out, the host is unknown, or
 * the connection broke before an answer. The message names the farm's URL and what to check.
 */
public final class FarmUnreachableException extends FarmException {
  private static final long serialVersionUID = 1L;

  public FarmUnreachableException(String message, URI farm, Throwable cause) {
    super(message, farm, 0, null, cause);
  }

  /** A connection that could not be made at all. */
  public static FarmUnreachableException cannotConnect(URI farm, Throwable cause) {
    return new FarmUnreachableException(
        "cannot reach the farm at "
            + farm
            + ": is it running? Check the URL (--farm, FARMHAND_FARM or farmhand login) and the"
            + " network ("
            + cause.getClass().getSimpleName()
            + (cause.getMessage() == null ? "" : ": " + cause.getMessage())
            + ")",
        farm,
        cause);
  }
}
