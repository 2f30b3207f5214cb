package dev.farmhand.host.scripting;

import dev.farmhand.core.protocol.Nullable;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import org.python.core.Py;
import org.python.core.PyDictionary;
import org.python.core.PyList;
import org.python.core.PyObject;

/**
 * Plain Java values as Python's own: maps become {@code dict}s, lists {@code list}s, strings {@code
 * str} (or {@code unicode} when not ASCII), whole numbers {@code int}, and so on, all the way down,
 * so a script can index, compare, sort and {@code json.dumps} what the farm said. Stateless and
 * thread-safe.
 */
public final class ScriptValues {
  private ScriptValues() {}

  /** The value as Python's own; a value of another Java type is handed over as Jython does. */
  public static PyObject toPython(@Nullable Object value) {
    if (value == null) {
      return Py.None;
    } else if (value instanceof PyObject python) {
      return python;
    } else if (value instanceof String text) {
      return Py.newStringOrUnicode(text);
    } else if (value instanceof Boolean flag) {
      return Py.newBoolean(flag);
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      return Py.newInteger(((Number) value).longValue());
    } else if (value instanceof BigInteger big) {
      return big.bitLength() < Long.SIZE ? Py.newInteger(big.longValue()) : Py.newLong(big);
    } else if (value instanceof Double || value instanceof Float) {
      return Py.newFloat(((Number) value).doubleValue());
    } else if (value instanceof Path path) {
      return Py.newStringOrUnicode(path.toString());
    } else if (value instanceof Map<?, ?> map) {
      PyDictionary dict = new PyDictionary();
      map.forEach((key, item) -> dict.__setitem__(toPython(key), toPython(item)));
      return dict;
    } else if (value instanceof Collection<?> items) {
      PyList list = new PyList();
      items.forEach(item -> list.append(toPython(item)));
      return list;
    }
    return Py.java2py(value);
  }
}
