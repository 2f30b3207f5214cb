package dev.farmhand.core.protocol;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What went wrong, inside the one error shape every non-2xx answer has ({@link ErrorResponse});
 * also the reason of a refused job in a batch action ({@link JobActionResult#error()}). Immutable.
 *
 * @param code what a program checks
 * @param message what a person reads: names the thing and how to fix it
 * @param details facts a program may use, keyed by name (e.g. {@code field}, {@code job_id}, {@code
 *     expected}, {@code actual}); values are JSON values. Null entries are dropped
 */
public record ApiError(ErrorCode code, String message, @Nullable Map<String, Object> details) {
  public ApiError {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    if (details != null) {
      Map<String, Object> present = new LinkedHashMap<>();
      details.forEach(
          (key, value) -> {
            if (value != null) {
              present.put(key, value);
            }
          });
      details = Map.copyOf(present);
    }
  }

  /** An error without details. */
  public static ApiError of(ErrorCode code, String message) {
    return new ApiError(code, message, null);
  }
}
