package dev.farmhand.host.scripting;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.farmhand.core.protocol.Json;
import java.util.List;
import java.util.Map;

/**
 * Wire values as the plain maps and lists a script reads: the same fields, names and values as the
 * protocol's JSON ({@code snake_case} names, statuses by wire name, times as RFC 3339 strings,
 * absent fields left out). Stateless and thread-safe.
 */
final class WireMaps {
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  private WireMaps() {}

  /** One wire value (a record such as a job) as a map. */
  static Map<String, Object> of(Object value) {
    return Json.mapper().convertValue(value, MAP);
  }

  /** Each wire value as a map, in order. */
  static List<Map<String, Object>> each(List<?> values) {
    return values.stream().map(WireMaps::of).toList();
  }
}
