package dev.farmhand.core.client;

import dev.farmhand.core.protocol.ApiError;
import java.net.URI;
import java.util.Map;

/**
 * The farm understood the request and refused it for a reason it names (409 or 422): an idempotency
 * key reused with another job, a job in the wrong state, an upload part past what the farm holds,
 * dependencies it lacks, a renderer it does not run. The message is the farm's; {@link #details()}
 * holds the facts a program may use ({@code missing}, {@code received}, {@code job_id}…).
 */
public class RefusedException extends FarmException {
  private static final long serialVersionUID = 1L;

  public RefusedException(URI farm, int status, ApiError error) {
    super(error.message(), farm, status, error, null);
  }

  /** The farm's details of the refusal; empty when it gave none. */
  public Map<String, Object> details() {
    return error().map(ApiError::details).orElse(Map.of());
  }
}
