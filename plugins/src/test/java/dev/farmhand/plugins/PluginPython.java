package dev.farmhand.plugins;

import java.nio.file.Path;
import java.util.Properties;
import org.python.core.Py;
import org.python.core.PyObject;
import org.python.core.PyString;
import org.python.core.PySystemState;
import org.python.util.PythonInterpreter;

/**
 * A plugin's folder on a Jython interpreter of the test's own, set up as the host sets up one (its
 * folder on {@code sys.path}, no bytecode written), to reach what the host does not: the keys of a
 * result it ignores, a module's settings, the plugin's view of the environment. Not thread-safe.
 */
final class PluginPython implements AutoCloseable {
  private final PythonInterpreter python;

  PluginPython(Path folder) {
    Properties properties = new Properties();
    properties.setProperty("python.cachedir.skip", "true");
    properties.setProperty("python.import.site", "false");
    PythonInterpreter.initialize(System.getProperties(), properties, new String[0]);
    PySystemState state = new PySystemState();
    state.dont_write_bytecode = true;
    state.path.insert(0, new PyString(folder.toString()));
    python = new PythonInterpreter(null, state);
  }

  /** Runs Python statements. */
  void exec(String code) {
    python.exec(code);
  }

  /** The value of a Python expression. */
  PyObject eval(String expression) {
    return python.eval(expression);
  }

  /** A Python unicode literal of the text, for building code: {@code u'/a/b.blend'}. */
  static String literal(String text) {
    return Py.newUnicode(text).__repr__().toString();
  }

  @Override
  public void close() {
    python.close();
  }
}
