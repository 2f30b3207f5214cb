package dev.farmhand.host.plugins;

import static dev.farmhand.host.plugins.PythonValues.optional;
import static dev.farmhand.host.plugins.PythonValues.requireMapping;
import static dev.farmhand.host.plugins.PythonValues.string;

import java.util.List;
import org.python.core.PyObject;
import org.python.core.PySequenceList;

/**
 * Turns what {@code validate} returned, a list of problems, each a dict with {@code field}, {@code
 * problem} and {@code fix}, into {@link JobProblem}s. Anything else (None, a string, a problem
 * without its fix) throws {@link IllegalArgumentException} naming the item and the key.
 */
final class ProblemConverter {
  private ProblemConverter() {}

  static List<JobProblem> convert(PyObject result) {
    if (!(result instanceof PySequenceList)) {
      throw new IllegalArgumentException(
          "it must be a list of problems (an empty one when the job is fine), not "
              + PythonValues.type(result)
              + " "
              + PythonValues.repr(result));
    }
    return PythonValues.list(result, "problems", ProblemConverter::problem);
  }

  private static JobProblem problem(PyObject value, String item) {
    requireMapping(value, "'" + item + "'");
    return new JobProblem(
        text(value, item, "field"), text(value, item, "problem"), text(value, item, "fix"));
  }

  private static String text(PyObject problem, String item, String key) {
    PyObject value = optional(problem, key);
    if (value == null) {
      throw new IllegalArgumentException(
          "'"
              + item
              + "' has no '"
              + key
              + "': give each problem as {'field': …, 'problem': …, 'fix': …}");
    }
    String text = string(value, item + "." + key);
    if (text.isBlank()) {
      throw new IllegalArgumentException("'" + item + "." + key + "' must not be empty");
    }
    return text;
  }
}
