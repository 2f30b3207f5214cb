package dev.farmhand.core.client;

import java.net.URI;
import java.time.Duration;

/**
 * The farm took longer to answer than the client waits (the response timeout), or no pooled
 * connection became free in time (the lease timeout). The message names which and how to raise it.
 */
public final class FarmTimeoutException extends FarmException {
  private static final long serialVersionUID = 1L;

  private final Duration waited;

  public FarmTimeoutException(String message, URI farm, Duration waited, Throwable cause) {
    super(message, farm, 0, null, cause);
    this.waited = waited;
  }

  /** How long the client waited. */
  public Duration waited() {
    return waited;
  }
}
