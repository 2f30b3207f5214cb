package dev.farmhand.host.plugins;

import static dev.farmhand.host.plugins.PythonValues.bool;
import static dev.farmhand.host.plugins.PythonValues.integer;
import static dev.farmhand.host.plugins.PythonValues.number;
import static dev.farmhand.host.plugins.PythonValues.repr;
import static dev.farmhand.host.plugins.PythonValues.requireMapping;
import static dev.farmhand.host.plugins.PythonValues.string;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.python.core.PyInteger;
import org.python.core.PyLong;
import org.python.core.PyObject;
import org.python.core.PyString;

/**
 * Turns what {@code read_scene} returned into a {@link SceneInfo}, accepting each value in every
 * form Jython may hand it over (str or unicode, int or long, list or tuple). Keys the contract does
 * not name are left for {@code build_job}. Every fault throws {@link IllegalArgumentException}
 * naming the field and showing the value.
 */
final class SceneConverter {
  /** {@code C:\…}, {@code C:/…} or {@code \\server\share\…}: absolute on Windows only. */
  private static final Pattern WINDOWS_ABSOLUTE = Pattern.compile("^([A-Za-z]:[\\\\/]|\\\\\\\\).*");

  private SceneConverter() {}

  static SceneInfo convert(PyObject result) {
    requireMapping(result, "read_scene's result");
    List<Integer> size = list(result, "resolution", PythonValues::integer);
    if (size.size() != 2) {
      throw new IllegalArgumentException(
          "'resolution' must be [width, height], not " + repr(field(result, "resolution", null)));
    }
    return new SceneInfo(
        frames(field(result, "frames", null)),
        number(field(result, "fps", null), "fps"),
        new SceneInfo.Resolution(size.get(0), size.get(1)),
        list(result, "cameras", SceneConverter::camera),
        list(result, "layers", PythonValues::string),
        string(field(result, "renderer", null), "renderer"),
        list(result, "outputs", PythonValues::string),
        list(result, "dependencies", SceneConverter::dependency));
  }

  private static String frames(PyObject value) {
    if (value instanceof PyInteger || value instanceof PyLong) {
      return String.valueOf(integer(value, "frames"));
    }
    return string(value, "frames");
  }

  private static SceneInfo.Camera camera(PyObject value, String field) {
    if (value instanceof PyString) {
      return new SceneInfo.Camera(string(value, field + ".name"), true);
    }
    requireMapping(value, "'" + field + "'");
    PyObject renderable = PythonValues.optional(value, "renderable");
    return new SceneInfo.Camera(
        string(field(value, "name", field), field + ".name"),
        renderable == null || bool(renderable, field + ".renderable"));
  }

  private static SceneInfo.Dependency dependency(PyObject value, String field) {
    requireMapping(value, "'" + field + "'");
    String text = string(field(value, "path", field), field + ".path");
    Path file;
    try {
      file = Path.of(text);
    } catch (InvalidPathException e) {
      throw new IllegalArgumentException("'" + field + ".path' is not a path: " + repr(value));
    }
    if (!file.isAbsolute()) {
      throw new IllegalArgumentException(
          WINDOWS_ABSOLUTE.matcher(text).matches()
              ? "'"
                  + field
                  + ".path' is the Windows path '"
                  + text
                  + "', which is not a path on this machine: map it to where the file is here,"
                  + " and set 'missing': True if it is not there"
              : "'" + field + ".path' must be absolute, not '" + text + "'");
    }
    PyObject relative = PythonValues.optional(value, "relative");
    PyObject missing = PythonValues.optional(value, "missing");
    return new SceneInfo.Dependency(
        file,
        relative == null ? file.getFileName().toString() : string(relative, field + ".relative"),
        missing == null ? !Files.isRegularFile(file) : bool(missing, field + ".missing"));
  }

  private static <T> List<T> list(
      PyObject mapping, String name, BiFunction<PyObject, String, T> item) {
    return PythonValues.list(field(mapping, name, null), name, item);
  }

  private static PyObject field(PyObject mapping, String name, String parent) {
    PyObject value = PythonValues.optional(mapping, name);
    if (value == null) {
      String where = parent == null ? "read_scene's result" : "'" + parent + "'";
      throw new IllegalArgumentException(where + " has no '" + name + "'");
    }
    return value;
  }
}
