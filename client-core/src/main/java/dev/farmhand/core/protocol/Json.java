package dev.farmhand.core.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one JSON configuration of the protocol, so the client and the farm write and read the same
 * documents:
 *
 * <ul>
 *   <li>property names are {@code snake_case} ({@code job_id}, {@code render_seconds}), chosen here
 *       once for every wire type;
 *   <li>times are RFC 3339 strings in UTC ({@code 2025-03-01T12:00:00Z}), never numbers;
 *   <li>absent optional fields are left out, not written as {@code null};
 *   <li>unknown properties are ignored, so an older client reads a newer farm's documents (a field
 *       may be added to a type within {@code /api/v1}; one is never removed or changed);
 *   <li>a missing number or boolean is an error, never a silent 0 or {@code false}.
 * </ul>
 *
 * <p>The mapper is thread-safe; share it and do not reconfigure it. A variant starts from {@link
 * #builder()}.
 */
public final class Json {
  private static final ObjectMapper MAPPER = builder().build();
  private static final Pattern FIELD_NAME = Pattern.compile("[a-z][A-Za-z0-9_]*");
  private static final PropertyNamingStrategies.NamingBase NAMES =
      (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;

  private Json() {}

  /** A builder with the protocol's configuration, for a mapper that needs more. */
  public static JsonMapper.Builder builder() {
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .defaultPropertyInclusion(
            JsonInclude.Value.construct(
                JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL));
  }

  /** The shared mapper. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** Writes a wire value as one line of JSON. */
  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write " + value.getClass().getSimpleName(), e);
    }
  }

  /**
   * Reads a wire value.
   *
   * @throws MalformedPayloadException naming the type, the field and what is wrong
   */
  public static <T> T read(String json, Class<T> type) throws MalformedPayloadException {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw malformed(type, e);
    }
  }

  /**
   * Reads a wire value from bytes in UTF-8.
   *
   * @throws MalformedPayloadException naming the type, the field and what is wrong
   */
  public static <T> T read(byte[] json, Class<T> type) throws MalformedPayloadException {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw malformed(type, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a wire value from a stream, which it does not close.
   *
   * @throws MalformedPayloadException naming the type, the field and what is wrong
   * @throws IOException if the stream fails
   */
  public static <T> T read(InputStream json, Class<T> type) throws IOException {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw malformed(type, e);
    }
  }

  private static MalformedPayloadException malformed(Class<?> type, JsonProcessingException e) {
    String where = e instanceof JsonMappingException m ? path(m.getPath()) : "";
    String field = where.isEmpty() ? null : where;
    String what;
    if (e instanceof ValueInstantiationException v) {
      Throwable cause = v.getCause();
      String reason = cause == null ? null : cause.getMessage();
      if (cause instanceof NullPointerException
          && reason != null
          && FIELD_NAME.matcher(reason).matches()) {
        field = join(where, NAMES.translate(reason));
        what = "missing required field '" + field + "'";
      } else if (cause instanceof IllegalArgumentException && reason != null) {
        what = where.isEmpty() ? reason : "at '" + where + "': " + reason;
      } else if (cause instanceof NullPointerException) {
        what =
            (where.isEmpty() ? "a list" : "'" + where + "'")
                + " holds null: leave out the null entries";
      } else {
        what = v.getOriginalMessage();
      }
    } else if (e instanceof MismatchedInputException mismatch) {
      String original = mismatch.getOriginalMessage();
      if (original.startsWith("Cannot map `null`")) {
        what = "missing required field '" + where + "'";
      } else if (original.startsWith("No content to map")) {
        what = "the document is empty: send a JSON object";
      } else {
        what =
            (where.isEmpty() ? "the document" : "field '" + where + "'")
                + (mismatch instanceof InvalidFormatException invalid
                    ? " is " + Json.write(invalid.getValue())
                    : " has the wrong JSON type")
                + ": expected "
                + expected(mismatch.getTargetType());
      }
    } else {
      JsonLocation at = e.getLocation();
      what =
          "not valid JSON"
              + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr())
              + ": "
              + firstSentence(e.getOriginalMessage());
    }
    return new MalformedPayloadException(
        type.getSimpleName(), field, "malformed " + type.getSimpleName() + ": " + what, e);
  }

  private static String expected(Class<?> type) {
    if (type == null) {
      return "another JSON type";
    } else if (type == Instant.class) {
      return "an RFC 3339 time in UTC such as 2025-03-01T12:00:00Z";
    } else if (type == int.class
        || type == Integer.class
        || type == long.class
        || type == Long.class) {
      return "a whole number";
    } else if (type == double.class || type == Double.class) {
      return "a number";
    } else if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    } else if (type == String.class || type.isEnum()) {
      return "a string";
    } else if (List.class.isAssignableFrom(type)) {
      return "a JSON array";
    }
    return "a JSON object";
  }

  private static String path(List<JsonMappingException.Reference> references) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : references) {
      if (reference.getFieldName() != null) {
        path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String join(String parent, String name) {
    return parent.isEmpty() ? name : parent + "." + name;
  }

  private static String firstSentence(String message) {
    int end = message.indexOf('\n');
    String line = end < 0 ? message : message.substring(0, end);
    int paren = line.indexOf(" (");
    return paren > 0 && line.startsWith("Cannot") ? line.substring(0, paren) : line;
  }
}
