package dev.farmhand.host.scripting;

import dev.farmhand.core.sync.HashCache;
import java.nio.file.Path;
import java.util.Properties;
import org.python.core.PyList;
import org.python.core.PyObject;
import org.python.core.PyString;
import org.python.core.PySystemState;
import org.python.util.PythonInterpreter;

/**
 * Jython for scripts: initialized once per JVM, on first use, with the same settings as the
 * plugins' interpreters (the package cache in the user's cache folder, never the working directory;
 * no {@code site} import), whichever starts first; then a fresh {@link PySystemState} per script.
 */
final class ScriptRuntime {
  /** Jython's package cache, unless {@code -Dpython.cachedir} says otherwise. */
  static final Path CACHE_FOLDER = HashCache.defaultFolder().resolve("jython");

  private ScriptRuntime() {}

  /**
   * A system state of its own for one script: its own modules and {@code sys}; the script's folder
   * first on {@code sys.path}, then the {@code farmhand} module, then Jython's standard library; no
   * bytecode written next to the script; Java classes and the module found through the plugin
   * host's class loader, whatever the thread's context class loader is.
   */
  static PySystemState newState(Path scriptFolder) {
    Once.ensure();
    PySystemState state = new PySystemState();
    state.dont_write_bytecode = true;
    state.setClassLoader(ScriptRuntime.class.getClassLoader());
    PyList path = new PyList();
    path.append(new PyString(scriptFolder.toAbsolutePath().toString()));
    path.append(new PyString(FarmhandModule.PATH));
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
