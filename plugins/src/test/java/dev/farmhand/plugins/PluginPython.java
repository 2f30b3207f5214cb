package dev.farmhand.plugins;

import dev.farmhand.host.plugins.PythonRuntime;
import java.nio.file.Path;
import org.python.core.Py;
import org.python.core.PyObject;
import org.python.util.PythonInterpreter;

/**
 * A plugin's folder on a Jython interpreter of the test's own, set up as the host sets up one
 * ({@link PythonRuntime#forPlugin}), to reach what the host does not: the keys of a result it
 * ignores, a module's settings, the plugin's view of the environment. Not thread-safe.
 */
final class PluginPython implements AutoCloseable {
  private final PythonInterpreter python;

  PluginPython(Path folder) {
    python = new PythonInterpreter(null, PythonRuntime.forPlugin(folder));
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
