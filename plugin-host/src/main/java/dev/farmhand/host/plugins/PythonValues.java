package dev.farmhand.host.plugins;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.python.core.Py;
import org.python.core.PyBoolean;
import org.python.core.PyDictionary;
import org.python.core.PyFloat;
import org.python.core.PyInteger;
import org.python.core.PyList;
import org.python.core.PyLong;
import org.python.core.PyNone;
import org.python.core.PyObject;
import org.python.core.PySequenceList;
import org.python.core.PyString;
import org.python.core.PyStringMap;
import org.python.core.PyUnicode;

/**
 * Python values read into Java by a named field, accepting each form Jython may hand over (str or
 * unicode, int or long, list or tuple, dict), and Java values made into Python ones. Every fault
 * throws {@link IllegalArgumentException} naming the field and showing the value ({@code 'fps' must
 * be a number, not str 'fast'}).
 */
final class PythonValues {
  private PythonValues() {}

  /** The value of {@code name} in a mapping, or null when it is absent or None. */
  static PyObject optional(PyObject mapping, String name) {
    PyObject value = mapping.__finditem__(name);
    return value == null || value instanceof PyNone ? null : value;
  }

  static String string(PyObject value, String field) {
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

  static int integer(PyObject value, String field) {
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

  static double number(PyObject value, String field) {
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

  static boolean bool(PyObject value, String field) {
    if (value instanceof PyBoolean bool) {
      return bool.getBooleanValue();
    }
    if (value instanceof PyInteger number && (number.getValue() == 0 || number.getValue() == 1)) {
      return number.getValue() == 1;
    }
    throw new IllegalArgumentException(
        "'" + field + "' must be True or False, not " + type(value) + " " + repr(value));
  }

  /** Each item of a list or tuple, read by {@code item} with its field ({@code cameras[2]}). */
  static <T> List<T> list(PyObject value, String field, BiFunction<PyObject, String, T> item) {
    if (!(value instanceof PySequenceList sequence)) {
      throw new IllegalArgumentException(
          "'" + field + "' must be a list, not " + type(value) + " " + repr(value));
    }
    List<T> result = new ArrayList<>(sequence.size());
    for (int i = 0; i < sequence.size(); i++) {
      result.add(item.apply(sequence.pyget(i), field + "[" + i + "]"));
    }
    return result;
  }

  static boolean isMapping(PyObject value) {
    return value instanceof PyDictionary || value instanceof PyStringMap;
  }

  /** Throws unless the value is a dict; {@code what} names it ({@code 'cameras[0]'}). */
  static void requireMapping(PyObject value, String what) {
    if (!isMapping(value)) {
      throw new IllegalArgumentException(
          what + " must be a dict, not " + type(value) + " " + repr(value));
    }
  }

  /** The dict's keys, each of which must be a string. */
  static List<String> keys(PyObject mapping, String what) {
    List<String> keys = new ArrayList<>();
    for (PyObject key : mapping.asIterable()) {
      if (!(key instanceof PyString)) {
        throw new IllegalArgumentException(
            what + " has the key " + repr(key) + ": its keys must be strings");
      }
      keys.add(string(key, what));
    }
    return keys;
  }

  /** The Python type's name: {@code str}, {@code NoneType}. */
  static String type(PyObject value) {
    return value.getType().getName();
  }

  /** The value as Python shows it, cut to 60 characters. */
  static String repr(PyObject value) {
    String text = value.__repr__().toString();
    return text.length() <= 60 ? text : text.substring(0, 59) + "…";
  }

  /**
   * A Java value as Python: null as None, strings as unicode, numbers and booleans as such, lists
   * as lists and maps as dicts, recursively.
   *
   * @throws IllegalArgumentException for any other type
   */
  static PyObject toPython(Object value) {
    if (value == null) {
      return Py.None;
    }
    if (value instanceof String text) {
      return Py.newUnicode(text);
    }
    if (value instanceof Boolean bool) {
      return Py.newBoolean(bool);
    }
    if (value instanceof Integer number) {
      return Py.newInteger(number);
    }
    if (value instanceof Long number) {
      return Py.newLong(number);
    }
    if (value instanceof Double number) {
      return Py.newFloat(number);
    }
    if (value instanceof List<?> items) {
      PyList list = new PyList();
      items.forEach(item -> list.append(toPython(item)));
      return list;
    }
    if (value instanceof Map<?, ?> entries) {
      PyDictionary dict = new PyDictionary();
      entries.forEach((key, item) -> dict.__setitem__(toPython(key), toPython(item)));
      return dict;
    }
    throw new IllegalArgumentException(
        "a " + value.getClass().getSimpleName() + " has no Python form here");
  }
}
