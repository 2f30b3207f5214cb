package dev.farmhand.core.protocol;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * The machine-readable {@code code} of an {@link ApiError}, each with the one HTTP status the farm
 * answers it with. A code this client does not know (a newer farm) reads as {@link #UNKNOWN}; the
 * message still says what happened.
 */
public enum ErrorCode {
  /** The request's body, parameters or headers are wrong; {@code details.field} names which. */
  INVALID_REQUEST(400),
  /** No API key, or one the farm does not know. */
  UNAUTHENTICATED(401),
  /** The key is valid but its role may not do this, e.g. Set Priority without {@code admin}. */
  FORBIDDEN(403),
  /** No such thing in the caller's account; another account's job is not found either. */
  NOT_FOUND(404),
  /** The path exists but not with this HTTP method. */
  METHOD_NOT_ALLOWED(405),
  /** The control does not apply to the job in its status; the message says why and what to do. */
  CONTROL_REFUSED(409),
  /** The idempotency key was used before with a different request body. */
  IDEMPOTENCY_CONFLICT(409),
  /** The thing exists but its state does not allow this, e.g. marking a Running job downloaded. */
  INVALID_STATE(409),
  /** An upload part starts after what the farm holds; {@code details.received} says where. */
  UPLOAD_OFFSET_MISMATCH(409),
  /** The events after the asked sequence number are no longer kept; re-read the jobs. */
  EVENTS_EXPIRED(410),
  /** The body is larger than the farm accepts; {@code details.limit} says how large it may be. */
  PAYLOAD_TOO_LARGE(413),
  /** The {@code Range} asks for bytes the file does not have. */
  RANGE_NOT_SATISFIABLE(416),
  /** The uploaded bytes do not hash to the SHA-256 they were sent as; the upload is discarded. */
  HASH_MISMATCH(422),
  /** The job names dependencies the farm does not hold; {@code details.missing} lists them. */
  FILES_MISSING(422),
  /** The job needs a renderer the farm does not run; {@code details.renderer} names it. */
  RENDERER_UNAVAILABLE(422),
  /** The farm failed; the request may be retried. */
  INTERNAL(500),
  /** The farm is starting or stopping; retry after {@code Retry-After} seconds. */
  UNAVAILABLE(503),
  /** A code this client does not know; {@link #httpStatus()} is 0. */
  UNKNOWN(0);

  private final int httpStatus;

  ErrorCode(int httpStatus) {
    this.httpStatus = httpStatus;
  }

  /** The HTTP status the farm answers with this code; 0 for {@link #UNKNOWN}. */
  public int httpStatus() {
    return httpStatus;
  }

  /** The name on the wire: {@code "control_refused"}. */
  @JsonValue
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Reads a wire name; a name this client does not know is {@link #UNKNOWN}, never an error. */
  @JsonCreator
  public static ErrorCode parse(String text) {
    for (ErrorCode code : values()) {
      if (code != UNKNOWN && code.wireName().equals(text)) {
        return code;
      }
    }
    return UNKNOWN;
  }
}
