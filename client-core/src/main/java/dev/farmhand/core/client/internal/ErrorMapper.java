package dev.farmhand.core.client.internal;

import dev.farmhand.core.client.ControlRefusedException;
import dev.farmhand.core.client.FarmException;
import dev.farmhand.core.client.NotAllowedException;
import dev.farmhand.core.client.NotAuthenticatedException;
import dev.farmhand.core.client.NotFoundException;
import dev.farmhand.core.client.RefusedException;
import dev.farmhand.core.client.UnexpectedAnswerException;
import dev.farmhand.core.files.HashMismatchException;
import dev.farmhand.core.protocol.ApiError;
import dev.farmhand.core.protocol.ErrorResponse;
import dev.farmhand.core.protocol.Json;
import dev.farmhand.core.protocol.MalformedPayloadException;
import dev.farmhand.core.status.Control;
import dev.farmhand.core.status.JobStatus;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * Turns what went wrong in an exchange with the farm into the client's typed exceptions, with
 * messages that name the farm, the request and the next step, and never the key. Thread-safe.
 */
public final class ErrorMapper {
  private static final int BODY_START = 160;

  private final URI farm;
  private final String key;
  private final Duration responseTimeout;
  private final Duration leaseTimeout;

  public ErrorMapper(URI farm, String key, Duration responseTimeout, Duration leaseTimeout) {
    this.farm = farm;
    this.key = key;
    this.responseTimeout = responseTimeout;
    this.leaseTimeout = leaseTimeout;
  }

  Duration responseTimeout() {
    return responseTimeout;
  }

  Duration leaseTimeout() {
    return leaseTimeout;
  }

  /** The exception for a non-2xx answer. */
  public IOException answer(String method, String path, int status, byte[] body) {
    ApiError error = errorShape(body);
    if (error == null) {
      if (method.equals("HEAD") || body.length == 0 && status >= 400 && status < 500) {
        return byStatus(method, path, status, null, null);
      }
      return new UnexpectedAnswerException(
          answered(method, path, status)
              + " and a body that is not the protocol's error shape: \""
              + bodyStart(body)
              + "\"; check that "
              + farm
              + " is a Farmhand farm (not a proxy or a web page), or try again later",
          farm,
          status,
          bodyStart(body),
          null);
    }
    switch (error.code()) {
      case HASH_MISMATCH -> {
        String expected = detail(error, "expected");
        String actual = detail(error, "actual");
        if (expected != null && actual != null) {
          return new HashMismatchException("the upload of " + expected, expected, actual);
        }
      }
      case CONTROL_REFUSED -> {
        IOException refused = controlRefused(error);
        if (refused != null) {
          return refused;
        }
      }
      default -> {}
    }
    return byStatus(method, path, status, error, error.message());
  }

  private IOException byStatus(
      String method, String path, int status, ApiError error, String farmMessage) {
    return switch (status) {
      case 401 -> new NotAuthenticatedException(farm, error);
      case 403 ->
          new NotAllowedException(
              farm,
              farmMessage != null
                  ? farmMessage
                  : "the farm at "
                      + farm
                      + " does not let this key "
                      + method
                      + " "
                      + path
                      + ": use a key whose role may",
              error);
      case 404 ->
          new NotFoundException(
              farm,
              farmMessage != null
                  ? farmMessage
                  : "the farm at " + farm + " has nothing at " + path + " in this key's account",
              error);
      case 409, 422 ->
          error != null
              ? new RefusedException(farm, status, error)
              : new FarmException(
                  "the farm at "
                      + farm
                      + " refused "
                      + method
                      + " "
                      + path
                      + " (HTTP "
                      + status
                      + ")",
                  farm,
                  status,
                  null,
                  null);
      default -> {
        String what = farmMessage == null ? "HTTP " + status : farmMessage;
        String code = error == null ? "" : " " + error.code().wireName();
        yield status >= 500
            ? new FarmException(
                "the farm at "
                    + farm
                    + " failed on "
                    + method
                    + " "
                    + path
                    + ": "
                    + what
                    + " (HTTP "
                    + status
                    + code
                    + "); try again later",
                farm,
                status,
                error,
                null)
            : new FarmException(
                "the farm at "
                    + farm
                    + " refused "
                    + method
                    + " "
                    + path
                    + ": "
                    + what
                    + " (HTTP "
                    + status
                    + code
                    + ")",
                farm,
                status,
                error,
                null);
      }
    };
  }

  private IOException controlRefused(ApiError error) {
    String jobId = detail(error, "job_id");
    String control = detail(error, "control");
    if (jobId == null || control == null) {
      return null;
    }
    try {
      String status = detail(error, "status");
      return new ControlRefusedException(
          farm,
          jobId,
          Control.parse(control),
          status == null ? null : JobStatus.parse(status),
          error);
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }

  /** {@code the farm at URL answered GET /path with HTTP 502}. */
  private String answered(String method, String path, int status) {
    return "the farm at " + farm + " answered " + method + " " + path + " with HTTP " + status;
  }

  /** The exception for a 2xx answer whose body is not the wire type it should be. */
  public UnexpectedAnswerException malformed(
      String method, String path, int status, byte[] body, MalformedPayloadException e) {
    return new UnexpectedAnswerException(
        answered(method, path, status)
            + " and a body that is not a valid "
            + e.type()
            + " ("
            + e.getMessage()
            + "); it starts \""
            + bodyStart(body)
            + "\": check that "
            + farm
            + " is a Farmhand farm speaking protocol v1",
        farm,
        status,
        bodyStart(body),
        e);
  }

  private static ApiError errorShape(byte[] body) {
    if (body.length == 0) {
      return null;
    }
    try {
      return Json.read(body, ErrorResponse.class).error();
    } catch (MalformedPayloadException | RuntimeException notTheShape) {
      return null;
    }
  }

  private static String detail(ApiError error, String name) {
    Map<String, Object> details = error.details();
    Object value = details == null ? null : details.get(name);
    return value == null ? null : value.toString();
  }

  private String bodyStart(byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8);
    text = Redaction.text(text, key).replaceAll("[\\r\\n\\t]+", " ").strip();
    return text.length() <= BODY_START ? text : text.substring(0, BODY_START) + "…";
  }
}
