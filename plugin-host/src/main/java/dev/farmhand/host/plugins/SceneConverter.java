package dev.farmhand.host.plugins;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.python.core.PyBoolean;
import org.python.core.PyDictionary;
import org.python.core.PyFloat;
import org.python.core.PyInteger;
import org.python.core.PyLong;
import org.python.core.PyNone;
import org.python.core.PyObject;
import org.python.core.PySequenceList;
import org.python.core.PyString;
import org.python.core.PyStringMap;
import org.python.core.PyUnicode;

/**
 * Turns what {@code read_scene} returned into a {@link SceneInfo}, accepting each value in every
 * form Jython may hand it over (str or unicode, int or long, list or tuple). Every fault throws
 * {@link IllegalArgumentException} naming the field and showing the value.
 */
final class SceneConverter {
  private SceneConverter() {}

  static SceneInfo convert(PyObject result) {
    requireMapping(result, "read_scene's result");
    List<Integer> size = list(result, "resolution", (v, f) -> integer(v, f));
    if (size.size() != 2) {
      throw new IllegalArgumentException(
          "'resolution' must be [width, height], not " + repr(field(result, "resolution")));
    }
    return new SceneInfo(
        frames(field(result, "frames")),
        number(field(result, "fps"), "fps"),
        new SceneInfo.Resolution(size.get(0), size.get(1)),
        list(result, "cameras", SceneConverter::camera),
        list(result, "layers", SceneConverter::string),
        string(field(result, "renderer"), "renderer"),
        list(result, "outputs", SceneConverter::string),
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
    PyObject renderable = value.__finditem__("renderable");
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
          "'" + field + ".path' must be absolute, not '" + text + "'");
    }
    PyObject relative = value.__finditem__("relative");
    PyObject missing = value.__finditem__("missing");
    return new SceneInfo.Dependency(
        file,
        relative == null || relative instanceof PyNone
            ? file.getFileName().toString()
            : string(relative, field + ".relative"),
        missing == null ? !Files.isRegularFile(file) : bool(missing, field + ".missing"));
  }

  private static <T> List<T> list(
      PyObject mapping, String name, BiFunction<PyObject, String, T> item) {
    PyObject value = field(mapping, name);
    if (!(value instanceof PySequenceList sequence)) {
      throw new IllegalArgumentException(
          "'" + name + "' must be a list, not " + type(value) + " " + repr(value));
    }
    List<T> result = new ArrayList<>(sequence.size());
    for (int i = 0; i < sequence.size(); i++) {
      result.add(item.apply(sequence.pyget(i), name + "[" + i + "]"));
    }
    return result;
  }

  private static PyObject field(PyObject mapping, String name) {
    return field(mapping, name, null);
  }

  private static PyObject field(PyObject mapping, String name, String parent) {
    PyObject value = mapping.__finditem__(name);
    if (value == null || value instanceof PyNone) {
      String where = parent == null ? "read_scene's result" : "'" + parent + "'";
      throw new IllegalArgumentException(where + " has no '" + name + "'");
    }
    return value;
  }

  private static String string(PyObject value, String field) {
    if (value instanceof PyUnicode unicode) {
      return unicode.getString();
    }
    if (value instanceof PyString bytes) {
      // a byte string: Jython keeps one char per byte; paths and names are UTF-8
      return new String(
          bytes.getString().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }
    throw new IllegalArgumentException(
        "'" + field + "' must be a string, not " + type(value) + " " + repr(value));
  }

  private static int integer(PyObject value, String field) {
    if (value instanceof PyInteger integer && !(value instanceof PyBoolean)) {
      return integer.getValue();
    }
    if (value instanceof PyLong number) {
      BigInteger big = number.getValue();
      if (big.bitLength() < 32) {
        return big.intValue();
      }
    }
    throw new IllegalArgumentException(
        "'" + field + "' must be a whole number, not " + type(value) + " " + repr(value));
  }

  private static double number(PyObject value, String field) {
    if (value instanceof PyFloat number) {
      return number.getValue();
    }
    if (value instanceof PyLong number) {
      return number.getValue().doubleValue();
    }
    if (value instanceof PyInteger number && !(value instanceof PyBoolean)) {
      return number.getValue();
    }
    throw new IllegalArgumentException(
        "'" + field + "' must be a number, not " + type(value) + " " + repr(value));
  }

  private static boolean bool(PyObject value, String field) {
    if (value instanceof PyBoolean bool) {
      return bool.getBooleanValue();
    }
    if (value instanceof PyInteger number && (number.getValue() == 0 || number.getValue() == 1)) {
      return number.getValue() == 1;
    }
    throw new IllegalArgumentException(
        "'" + field + "' must be True or False, not " + type(value) + " " + repr(value));
  }

  private static void requireMapping(PyObject value, String what) {
    if (!(value instanceof PyDictionary) && !(value instanceof PyStringMap)) {
      throw new IllegalArgumentException(
          what + " must be a dict, not " + type(value) + " " + repr(value));
    }
  }

  private static String type(PyObject value) {
    return value.getType().getName();
  }

  private static String repr(PyObject value) {
    String text = value.__repr__().toString();
    return text.length() <= 60 ? text : text.substring(0, 59) + "…";
  }
}
