package dev.farmhand.host.scripting;

import java.util.Objects;
import org.python.core.Py;
import org.python.core.PyObject;
import org.python.core.PyString;
import org.python.core.PySystemState;
import org.python.core.imp;

/**
 * The {@code farmhand} Python package, shipped inside the plugin host (the resource folder {@code
 * farmhand-python}) and imported from the class path, so it needs no files on disk. Stateless.
 */
public final class FarmhandModule {
  /** The {@code sys.path} entry that finds the package on the plugin host's class path. */
  public static final String PATH = "__pyclasspath__/farmhand-python";

  private FarmhandModule() {}

  /**
   * Puts the package on the state's {@code sys.path}, after its first entry (the script's or the
   * plugin's own folder), unless it is there; Java classes and the package are then found through
   * the plugin host's class loader, whatever the thread's context class loader is.
   */
  public static void addTo(PySystemState state) {
    for (PyObject entry : state.path.asIterable()) {
      if (PATH.equals(entry.toString())) {
        return;
      }
    }
    state.path.insert(Math.min(1, state.path.__len__()), new PyString(PATH));
    if (state.getClassLoader() == null) {
      state.setClassLoader(FarmhandModule.class.getClassLoader());
    }
  }

  /**
   * Makes {@code import farmhand} work in this system state ({@link #addTo}), with {@code
   * farmhand.connect()} and {@code farmhand.read_scene()} served by the session; imports the
   * package once to do so.
   *
   * @throws org.python.core.PyException if the package cannot be imported
   */
  public static void install(PySystemState state, ScriptSession session) {
    Objects.requireNonNull(session, "session");
    addTo(state);
    PySystemState previous = Py.setSystemState(state);
    try {
      PyObject module = imp.importName("farmhand", true);
      module.invoke("_use_session", Py.java2py(session));
    } finally {
      Py.setSystemState(previous);
    }
  }
}
