package dev.farmhand.host.scripting;

import dev.farmhand.core.protocol.Nullable;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A map a script passed in (a job spec, submit options), read field by field: each value is checked
 * for its type with the field named in the error, and {@link #finish()} refuses fields nobody read,
 * listing the ones there are. Absent and {@code None} fields read as null. Not thread-safe.
 */
final class ScriptArguments {
  private final String what;
  private final Map<String, Object> values = new LinkedHashMap<>();
  private final Set<String> known = new TreeSet<>();

  /**
   * @param what what the map is, for errors ({@code "the job spec"})
   */
  ScriptArguments(String what, @Nullable Map<?, ?> values) {
    this.what = what;
    if (values != null) {
      values.forEach((key, value) -> this.values.put(String.valueOf(key), value));
    }
  }

  @Nullable
  String text(String field) {
    Object value = take(field);
    if (value == null || value instanceof String) {
      return (String) value;
    }
    throw wrongType(field, value, "a string");
  }

  @Nullable
  Integer integer(String field) {
    Object value = take(field);
    if (value == null) {
      return null;
    }
    if (value instanceof Integer number) {
      return number;
    }
    if (value instanceof Long || value instanceof BigInteger) {
      BigInteger big = new BigInteger(value.toString());
      if (big.bitLength() < Integer.SIZE) {
        return big.intValue();
      }
    }
    throw wrongType(field, value, "a whole number");
  }

  @Nullable
  Boolean flag(String field) {
    Object value = take(field);
    if (value == null || value instanceof Boolean) {
      return (Boolean) value;
    }
    throw wrongType(field, value, "True or False");
  }

  /** A map of strings to strings, such as metadata or files. */
  Map<String, String> texts(String field) {
    Object value = take(field);
    Map<String, String> result = new LinkedHashMap<>();
    if (value == null) {
      return result;
    }
    if (!(value instanceof Map<?, ?> map)) {
      throw wrongType(field, value, "a dict of strings");
    }
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      if (!(entry.getKey() instanceof String key) || !(entry.getValue() instanceof String text)) {
        throw new IllegalArgumentException(
            what + ": '" + field + "' must map strings to strings, not " + entry);
      }
      result.put(key, text);
    }
    return result;
  }

  /**
   * Refuses fields that were not read.
   *
   * @throws IllegalArgumentException naming them and the fields there are
   */
  void finish() {
    Set<String> unknown = new TreeSet<>(values.keySet());
    unknown.removeAll(known);
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          what
              + ": "
              + (unknown.size() == 1 ? "unknown field " : "unknown fields ")
              + unknown
              + ": use "
              + String.join(", ", known));
    }
  }

  private Object take(String field) {
    known.add(field);
    return values.get(field);
  }

  private IllegalArgumentException wrongType(String field, Object value, String expected) {
    return new IllegalArgumentException(
        what + ": '" + field + "' must be " + expected + ", not " + describe(value));
  }

  private static String describe(Object value) {
    return value instanceof String text ? "'" + text + "'" : String.valueOf(value);
  }
}
