package dev.farmhand.core.protocol;

import java.util.Objects;

/**
 * The body of every non-2xx answer: {@code {"error": {"code": …, "message": …, "details": …}}}.
 * Immutable.
 *
 * @param error what went wrong
 */
public record ErrorResponse(ApiError error) {
  public ErrorResponse {
    Objects.requireNonNull(error, "error");
  }
}
