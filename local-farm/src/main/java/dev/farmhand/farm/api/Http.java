package dev.farmhand.farm.api;

import dev.farmhand.core.protocol.ApiError;
import dev.farmhand.core.protocol.ErrorCode;
import dev.farmhand.core.protocol.ErrorResponse;
import dev.farmhand.core.protocol.Json;
import dev.farmhand.core.protocol.MalformedPayloadException;
import dev.farmhand.farm.auth.Principal;
import dev.farmhand.farm.jobs.RefusedException;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/** What every API area does with a request: who asks, reading bodies, writing JSON and errors. */
final class Http {
  /** The largest JSON body the farm reads. */
  static final int MAX_JSON = 16 * 1024 * 1024;

  static final String PRINCIPAL = "farmhand.principal";

  /** Set on a request once its answer is an error in the one shape. */
  static final String ANSWERED = "farmhand.answered";

  private Http() {}

  /** Who made the request; the auth check has run before. */
  static Principal who(Context ctx) {
    return ctx.attribute(PRINCIPAL);
  }

  /**
   * Reads the JSON body as a wire type.
   *
   * @throws RefusedException {@code payload_too_large} or {@code invalid_request}, naming the field
   */
  static <T> T body(Context ctx, Class<T> type) {
    byte[] body;
    try {
      body = ctx.bodyInputStream().readNBytes(MAX_JSON + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (ctx.contentLength() > MAX_JSON || body.length > MAX_JSON) {
      throw new RefusedException(
          ErrorCode.PAYLOAD_TOO_LARGE,
          "the body has more than " + MAX_JSON + " bytes, the most a JSON body may have",
          Map.of("limit", MAX_JSON));
    }
    try {
      return Json.read(body, type);
    } catch (MalformedPayloadException e) {
      Map<String, Object> details = new HashMap<>();
      details.put("field", e.field());
      throw new RefusedException(new ApiError(ErrorCode.INVALID_REQUEST, e.getMessage(), details));
    }
  }

  /** Answers with a wire value as JSON. */
  static void json(Context ctx, int status, Object value) {
    ctx.status(status).contentType("application/json").result(Json.write(value));
  }

  /** Answers with the one error shape. */
  static void error(Context ctx, ApiError error) {
    if (error.code() == ErrorCode.UNAUTHENTICATED) {
      ctx.header("WWW-Authenticate", "Bearer");
    }
    ctx.attribute(ANSWERED, Boolean.TRUE);
    json(ctx, error.code().httpStatus(), new ErrorResponse(error));
  }

  /** A whole number from the query, within bounds, or its default. */
  static int intQuery(Context ctx, String name, int fallback, int min, int max) {
    String text = ctx.queryParam(name);
    if (text == null) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(text.trim());
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new RefusedException(
        ErrorCode.INVALID_REQUEST,
        name + "=" + text + " is not allowed: give a whole number from " + min + " to " + max,
        Map.of("field", name));
  }

  /** A long from the query, at least {@code min}, or its default. */
  static long longQuery(Context ctx, String name, long fallback, long min) {
    String text = ctx.queryParam(name);
    if (text == null) {
      return fallback;
    }
    try {
      long value = Long.parseLong(text.trim());
      if (value >= min) {
        return value;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new RefusedException(
        ErrorCode.INVALID_REQUEST,
        name + "=" + text + " is not allowed: give a whole number from " + min,
        Map.of("field", name));
  }
}
