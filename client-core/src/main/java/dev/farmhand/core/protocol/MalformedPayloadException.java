package dev.farmhand.core.protocol;

import java.io.IOException;

/**
 * A JSON document that is not the wire type it should be: not JSON, a required field missing, a
 * value of the wrong type or out of range. The message names the type, the field (as a path like
 * {@code dependencies[2].sha256}) and what is wrong. The farm answers it as {@link
 * ErrorCode#INVALID_REQUEST}; the client reports it as a farm that answered nonsense.
 */
public final class MalformedPayloadException extends IOException {
  private static final long serialVersionUID = 1L;

  private final String type;
  private final @Nullable String field;

  /**
   * @param type the simple name of the wire type that was expected
   * @param field the path of the offending field, absent when the document as a whole is wrong
   * @param message the whole message
   * @param cause what the JSON reader threw
   */
  public MalformedPayloadException(
      String type, @Nullable String field, String message, Throwable cause) {
    super(message, cause);
    this.type = type;
    this.field = field;
  }

  /** The simple name of the wire type that was expected, e.g. {@code JobCreateRequest}. */
  public String type() {
    return type;
  }

  /** The path of the offending field, e.g. {@code dependencies[2].sha256}; null for the whole. */
  public @Nullable String field() {
    return field;
  }
}
