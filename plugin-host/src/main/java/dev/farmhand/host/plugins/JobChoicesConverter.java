package dev.farmhand.host.plugins;

import static dev.farmhand.host.plugins.PythonValues.integer;
import static dev.farmhand.host.plugins.PythonValues.optional;
import static dev.farmhand.host.plugins.PythonValues.requireMapping;
import static dev.farmhand.host.plugins.PythonValues.string;

import dev.farmhand.core.protocol.RetryPolicy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.python.core.PyInteger;
import org.python.core.PyLong;
import org.python.core.PyObject;

/**
 * Turns what {@code build_job} returned, a dict of the job fields the plugin chose, into {@link
 * JobChoices}. A key that is no such field, a value of the wrong type, or metadata the host sets
 * itself throws {@link IllegalArgumentException} naming the field.
 */
final class JobChoicesConverter {
  /** The fields build_job may set. */
  static final Set<String> FIELDS =
      Set.of(
          "title",
          "renderer",
          "frames",
          "chunk",
          "scouts",
          "priority",
          "preemptible",
          "retries",
          "output_dir",
          "output_pattern",
          "metadata");

  /** Metadata the host writes itself. */
  static final Set<String> RESERVED_METADATA = Set.of("plugin", "plugin_version");

  private JobChoicesConverter() {}

  static JobChoices convert(PyObject result) {
    requireMapping(result, "build_job's result");
    for (String key : PythonValues.keys(result, "build_job's result")) {
      if (!FIELDS.contains(key)) {
        throw new IllegalArgumentException(
            "'"
                + key
                + "' is not a job field build_job may set; the fields are "
                + String.join(", ", FIELDS.stream().sorted().toList()));
      }
    }
    return new JobChoices(
        get(result, "title", PythonValues::string),
        get(result, "renderer", PythonValues::string),
        get(result, "frames", JobChoicesConverter::frames),
        get(result, "chunk", PythonValues::integer),
        get(result, "scouts", PythonValues::string),
        get(result, "priority", PythonValues::integer),
        get(result, "preemptible", PythonValues::bool),
        get(result, "retries", JobChoicesConverter::retries),
        get(result, "output_dir", PythonValues::string),
        get(result, "output_pattern", PythonValues::string),
        metadata(optional(result, "metadata")));
  }

  private static <T> T get(PyObject result, String field, BiFunction<PyObject, String, T> read) {
    PyObject value = optional(result, field);
    return value == null ? null : read.apply(value, field);
  }

  private static String frames(PyObject value, String field) {
    if (value instanceof PyInteger || value instanceof PyLong) {
      return String.valueOf(integer(value, field));
    }
    return string(value, field);
  }

  private static RetryPolicy retries(PyObject value, String field) {
    requireMapping(value, "'" + field + "'");
    List<String> keys = PythonValues.keys(value, "'" + field + "'");
    if (!Set.copyOf(keys).equals(Set.of("preempted", "failed"))) {
      throw new IllegalArgumentException(
          "'"
              + field
              + "' must give both counts, as {'preempted': 2, 'failed': 1}, not "
              + PythonValues.repr(value));
    }
    return new RetryPolicy(
        integer(value.__finditem__("preempted"), field + ".preempted"),
        integer(value.__finditem__("failed"), field + ".failed"));
  }

  private static Map<String, String> metadata(PyObject value) {
    Map<String, String> metadata = new LinkedHashMap<>();
    if (value == null) {
      return metadata;
    }
    requireMapping(value, "'metadata'");
    for (String key : PythonValues.keys(value, "'metadata'")) {
      String field = "metadata." + key;
      if (RESERVED_METADATA.contains(key)) {
        throw new IllegalArgumentException(
            "'" + field + "' is written by the host: give the plugin's own under another key");
      }
      metadata.put(key, string(value.__finditem__(key), field));
    }
    return metadata;
  }
}
