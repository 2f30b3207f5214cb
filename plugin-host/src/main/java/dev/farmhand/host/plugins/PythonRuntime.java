package dev.farmhand.host.plugins;

import dev.farmhand.core.sync.HashCache;
import java.nio.file.Path;
import java.util.Properties;
import org.python.core.PyList;
import org.python.core.PyObject;
import org.python.core.PyString;
import org.python.core.PySystemState;
import org.python.util.PythonInterpreter;

/**
 * Jython for the whole JVM: initialized once, on first use, with the package cache in the user's
 * cache folder (never the working directory) and no {@code site} import; then a fresh {@link
 * PySystemState} per plugin.
 */
final class PythonRuntime {
  /** Jython's package cache, unless {@code -Dpython.cachedir} says otherwise. */
  static final Path CACHE_FOLDER = HashCache.defaultFolder().resolve("jython");

  private PythonRuntime() {}

  /**
   * A system state of its own for one plugin: its own modules, globals and {@code sys}; the
   * plugin's folder first on {@code sys.path}, then only Jython's standard library; no bytecode
   * written next to the plugin.
   */
  static PySystemState newState(Path pluginFolder) {
    Once.ensure();
    PySystemState state = new PySystemState();
    state.dont_write_bytecode = true;
    PyList path = new PyList();
    path.append(new PyString(pluginFolder.toAbsolutePath().toString()));
    for (PyObject entry : state.path.asIterable()) {
      path.append(entry);
    }
    state.path = path;
    return state;
  }

  /** Runs Jython's one-time initialization when this class is first loaded. */
  private static final class Once {
    static {
      Properties properties = new Properties();
      if (System.getProperty("python.cachedir") == null) {
        properties.setProperty("python.cachedir", CACHE_FOLDER.toString());
      }
      properties.setProperty("python.import.site", "false");
      PythonInterpreter.initialize(System.getProperties(), properties, new String[0]);
    }

    static void ensure() {
      // loading this class ran the initializer
    }
  }
}
