package dev.farmhand.core.client;

import dev.farmhand.core.protocol.ApiError;
import dev.farmhand.core.protocol.Nullable;
import java.net.URI;

/**
 * The key is valid but its role may not do this (403), e.g. Set Priority with a {@code user} key.
 * The message is the farm's, which says what role is needed.
 */
public final class NotAllowedException extends FarmException {
  private static final long serialVersionUID = 1L;

  public NotAllowedException(URI farm, String message, @Nullable ApiError error) {
    super(message, farm, 403, error, null);
  }
}
