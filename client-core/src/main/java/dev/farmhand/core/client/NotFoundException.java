package dev.farmhand.core.client;

import dev.farmhand.core.protocol.ApiError;
import dev.farmhand.core.protocol.Nullable;
import java.net.URI;

/**
 * No such job, task, output or file in the key's account (404). Another account's job is not found
 * either. The message is the farm's and names what was asked for.
 */
public final class NotFoundException extends FarmException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(URI farm, String message, @Nullable ApiError error) {
    super(message, farm, 404, error, null);
  }
}
