package dev.farmhand.host.plugins;

import java.nio.file.Path;
import java.util.Objects;
import org.python.core.Py;
import org.python.core.PyException;
import org.python.core.PyObject;
import org.python.core.PySystemState;
import org.python.util.PythonInterpreter;

/**
 * One plugin's Python: an interpreter of its own (its own {@code sys}, modules and globals, so
 * plugins never see each other), started on first use and reused; its entry module imported once
 * and its functions kept. What the plugin prints goes to standard error, so it never mixes with a
 * command's output. A call that raises becomes a {@link PluginException} with the traceback; the
 * plugin stays usable (a failed load is tried again next call). Closed with {@link #close()}; using
 * a closed plugin throws {@link IllegalStateException}.
 *
 * <p>Thread-safe: calls into the same plugin run one at a time.
 */
public final class PythonPlugin implements AutoCloseable {
  private final PluginManifest manifest;
  private PythonInterpreter python;
  private PyObject module;
  private boolean closed;

  /** A plugin that starts its interpreter when first called. */
  public PythonPlugin(PluginManifest manifest) {
    this.manifest = Objects.requireNonNull(manifest, "manifest");
  }

  public PluginManifest manifest() {
    return manifest;
  }

  public String name() {
    return manifest.name();
  }

  /** Whether the interpreter has been started (and not closed). */
  public synchronized boolean started() {
    return python != null;
  }

  /**
   * Reads a scene through the plugin's {@code read_scene(path)}.
   *
   * @throws PluginException if the plugin cannot be loaded, raises (with its traceback), or returns
   *     something that is not a scene (naming the field)
   * @throws IllegalStateException if the plugin was closed
   */
  public synchronized SceneInfo readScene(Path scene) throws PluginException {
    String path = scene.toAbsolutePath().normalize().toString();
    PyObject result = call("read_scene", path);
    try {
      return SceneConverter.convert(result);
    } catch (IllegalArgumentException e) {
      throw new PluginException(
          name(),
          manifest.entryFile(),
          "read_scene(" + path + ") returned a scene the host cannot use: " + e.getMessage());
    }
  }

  private PyObject call(String function, String argument) throws PluginException {
    PyObject code = function(function);
    PySystemState previous = Py.setSystemState(python.getSystemState());
    try {
      return code.__call__(Py.newUnicode(argument));
    } catch (PyException e) {
      throw raised(function + "(" + argument + ")", e);
    } finally {
      Py.setSystemState(previous);
    }
  }

  private PyObject function(String function) throws PluginException {
    if (closed) {
      throw new IllegalStateException("plugin '" + name() + "' is closed: open the plugins again");
    }
    if (module == null) {
      load();
    }
    PyObject code = module.__findattr__(function);
    if (code == null || !code.isCallable()) {
      throw new PluginException(
          name(),
          manifest.entryFile(),
          "it has no function " + function + "(path): define it in " + manifest.entry() + ".py");
    }
    return code;
  }

  private void load() throws PluginException {
    PySystemState state = PythonRuntime.newState(manifest.folder());
    PythonInterpreter interpreter = new PythonInterpreter(null, state);
    interpreter.setOut(System.err);
    try {
      interpreter.exec("import " + manifest.entry());
      module = interpreter.get(manifest.entry());
      python = interpreter;
    } catch (PyException e) {
      interpreter.close();
      throw raised("loading " + manifest.entry() + ".py", e);
    }
  }

  private PluginException raised(String during, PyException e) {
    e.normalize();
    PyObject typeName = e.type.__findattr__("__name__");
    String type = typeName == null ? e.type.toString() : typeName.toString();
    String value = e.value == null ? "" : e.value.__str__().toString();
    return new PluginException(
        name(),
        manifest.entryFile(),
        during + " raised " + type + (value.isEmpty() ? "" : ": " + value),
        type,
        e.toString(),
        e);
  }

  /** Closes the interpreter; later calls throw. Closing twice does nothing. */
  @Override
  public synchronized void close() {
    closed = true;
    if (python != null) {
      python.close();
      python = null;
      module = null;
    }
  }

  @Override
  public String toString() {
    return "PythonPlugin[" + name() + " " + manifest.version() + ", " + manifest.folder() + "]";
  }
}
