package dev.farmhand.host.scripting;

import java.util.Objects;
import org.python.core.Py;
import org.python.core.PyObject;
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
   * Makes {@code import farmhand} work in this system state, with {@code farmhand.connect()} and
   * {@code farmhand.read_scene()} served by the session; imports the package once to do so.
   *
   * @throws org.python.core.PyException if the package cannot be imported
   */
  public static void install(PySystemState state, ScriptSession session) {
    Objects.requireNonNull(session, "session");
    boolean onPath = false;
    for (PyObject entry : state.path.asIterable()) {
      onPath |= PATH.equals(entry.toString());
    }
    if (!onPath) {
      state.path.append(Py.newString(PATH));
    }
    PySystemState previous = Py.setSystemState(state);
    try {
      PyObject module = imp.importName("farmhand", true);
      module.invoke("_use_session", Py.java2py(session));
    } finally {
      Py.setSystemState(previous);
    }
  }
}
