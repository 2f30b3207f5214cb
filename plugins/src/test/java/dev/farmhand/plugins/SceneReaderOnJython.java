package dev.farmhand.plugins;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.python.core.PyBoolean;
import org.python.core.PyDictionary;
import org.python.core.PyException;
import org.python.core.PyFloat;
import org.python.core.PyInteger;
import org.python.core.PyNone;
import org.python.core.PyObject;
import org.python.core.PySequenceList;
import org.python.core.PyString;
import org.python.core.PyUnicode;

/**
 * A built-in plugin on a {@link PluginPython} interpreter, whose {@code read_scene} answers in
 * plain Java values (dicts as maps, lists as lists), its own keys included, so tests can compare
 * whole results. Not thread-safe; close it when done.
 */
final class SceneReaderOnJython implements AutoCloseable {
  private final PluginPython python;
  private final PyObject readScene;

  SceneReaderOnJython(String plugin, String module) {
    python = new PluginPython(BuiltInPluginsTest.PLUGINS.resolve(plugin));
    python.exec("import " + module);
    readScene = python.eval(module + ".read_scene");
  }

  /** Runs Python statements in the plugin's interpreter, before or between reads. */
  void exec(String code) {
    python.exec(code);
  }

  /** What read_scene returns for the scene, as Java values. */
  @SuppressWarnings("unchecked")
  Map<String, Object> read(Path scene) {
    return (Map<String, Object>) java(readScene.__call__(new PyUnicode(scene.toString())));
  }

  /**
   * The message of the SceneError read_scene raises for the scene.
   *
   * @throws AssertionError if it returns, or raises anything else
   */
  String refusal(Path scene) {
    try {
      throw new AssertionError("read_scene(" + scene + ") returned " + read(scene));
    } catch (PyException e) {
      String type = e.type.__getattr__("__name__").toString();
      if (!type.equals("SceneError")) {
        throw new AssertionError("read_scene(" + scene + ") raised " + type + ":\n" + e, e);
      }
      return e.value.__str__().toString();
    }
  }

  private static Object java(PyObject value) {
    if (value instanceof PyDictionary dict) {
      Map<String, Object> map = new LinkedHashMap<>();
      for (PyObject key : dict.keys().asIterable()) {
        map.put((String) java(key), java(dict.__getitem__(key)));
      }
      return map;
    }
    if (value instanceof PySequenceList list) {
      List<Object> items = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        items.add(java(list.pyget(i)));
      }
      return items;
    }
    if (value instanceof PyUnicode unicode) {
      return unicode.getString();
    }
    if (value instanceof PyString bytes) {
      return new String(
          bytes.getString().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }
    if (value instanceof PyBoolean bool) {
      return bool.getBooleanValue();
    }
    if (value instanceof PyInteger number) {
      return number.getValue();
    }
    if (value instanceof PyFloat number) {
      return number.getValue();
    }
    if (value instanceof PyNone) {
      return null;
    }
    throw new AssertionError("no Java value for " + value.getType().getName() + " " + value);
  }

  @Override
  public void close() {
    python.close();
  }
}
