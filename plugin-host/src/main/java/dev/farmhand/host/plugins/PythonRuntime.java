package dev.farmhand.host.plugins;

import dev.farmhand.core.sync.HashCache;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.python.core.PyList;
import org.python.core.PyObject;
import org.python.core.PyString;
import org.python.core.PyStringMap;
import org.python.core.PySystemState;
import org.python.util.PythonInterpreter;

/**
 * Jython for the whole JVM: initialized once, on first use, without importing {@code site}; then a
 * fresh, isolated {@link PySystemState} for each interpreter. Nothing is written next to the code
 * Python imports, nor in the working directory.
 *
 * <p>Jython's package cache (the index of Java packages that {@code from java.util import *} needs;
 * imports by name, {@code from java.util import ArrayList}, work without it) is off: it adds more
 * to the start than all the rest of Jython's initialization ({@code bench/jython} shows both).
 * {@code -Dpython.cachedir.skip=false} turns it on, and it then lives in the user's cache folder,
 * {@link #cacheFolder()}, never in the working directory.
 *
 * <p>Jython reads its settings only once per JVM, when it is first initialized: whatever in
 * Farmhand starts Python should take its state from {@link #newState(Path)}, so the settings are
 * these whichever part starts first. {@code -Dpython.cachedir} and {@code -Dpython.cachedir.skip}
 * override them. Thread-safe.
 */
public final class PythonRuntime {
  /**
   * The folder beside the plugins, when there is one, whose modules every plugin there may import
   * (after its own): helpers several plugins share, such as the text scene readers'.
   */
  public static final String SHARED_LIBRARY = "lib";

  private PythonRuntime() {}

  /**
   * Where Jython keeps its package cache when it is on: {@code -Dpython.cachedir} when set, else
   * {@code jython} in Farmhand's cache folder ({@code ~/.cache/farmhand/jython}, or under {@code
   * $XDG_CACHE_HOME}).
   */
  public static Path cacheFolder() {
    String given = System.getProperty("python.cachedir");
    return given != null && !given.isBlank()
        ? Path.of(given).toAbsolutePath()
        : HashCache.defaultFolder().resolve("jython");
  }

  /**
   * A system state of its own, for one interpreter: its own {@code sys.modules}, {@code sys.path}
   * and builtins (a plugin that sets {@code __builtin__.x} or replaces {@code len} changes only its
   * own); {@code folder} first on {@code sys.path}, then only Jython's standard library; no
   * bytecode ({@code $py.class}) written next to the code it imports.
   */
  public static PySystemState newState(Path folder) {
    Once.ensure();
    PySystemState state = new PySystemState();
    state.dont_write_bytecode = true;
    state.setBuiltins(((PyStringMap) PySystemState.getDefaultBuiltins()).copy());
    PyList path = new PyList();
    path.append(new PyString(folder.toAbsolutePath().normalize().toString()));
    for (PyObject entry : state.path.asIterable()) {
      path.append(entry);
    }
    state.path = path;
    return state;
  }

  /**
   * {@link #newState} for a plugin: its folder first on {@code sys.path}, then the plugins' shared
   * {@value #SHARED_LIBRARY} folder beside it when there is one, then Jython's standard library.
   */
  public static PySystemState forPlugin(Path pluginFolder) {
    PySystemState state = newState(pluginFolder);
    Path shared = pluginFolder.toAbsolutePath().normalize().resolveSibling(SHARED_LIBRARY);
    if (Files.isDirectory(shared)) {
      state.path.insert(1, new PyString(shared.toString()));
    }
    return state;
  }

  /** Runs Jython's one-time initialization when this class is first loaded. */
  private static final class Once {
    static {
      Properties properties = new Properties();
      if (System.getProperty("python.cachedir") == null) {
        properties.setProperty("python.cachedir", cacheFolder().toString());
      }
      if (System.getProperty("python.cachedir.skip") == null) {
        properties.setProperty("python.cachedir.skip", "true");
      }
      properties.setProperty("python.import.site", "false");
      PythonInterpreter.initialize(System.getProperties(), properties, new String[0]);
    }

    static void ensure() {
      // loading this class ran the initializer
    }
  }
}
