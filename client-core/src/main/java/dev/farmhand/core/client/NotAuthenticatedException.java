package dev.farmhand.core.client;

import dev.farmhand.core.protocol.ApiError;
import dev.farmhand.core.protocol.Nullable;
import java.net.URI;

/** The farm does not know the API key (401). The message says how to get a key it knows. */
public final class NotAuthenticatedException extends FarmException {
  private static final long serialVersionUID = 1L;

  public NotAuthenticatedException(URI farm, @Nullable ApiError error) {
    super(
        "the farm at "
            + farm
            + " does not know this key: run farmhand login again with a key the farm issued"
            + " (or check --key and FARMHAND_KEY)",
        farm,
        401,
        error,
        null);
  }
}
