package dev.farmhand.host.scripting;

import java.util.Objects;
import java.util.function.Consumer;
import org.python.core.Py;
import org.python.core.PyException;
import org.python.core.PyObject;
import org.python.core.PySystemState;

/**
 * Python functions called from Java threads: each call runs in the {@code sys} of the interpreter
 * that bound the function (so its {@code print} goes to that script's output, its imports to its
 * modules), with the value converted by {@link ScriptValues}. A function that raises has its
 * traceback written to that interpreter's {@code sys.stderr}, and the next call still comes.
 * Thread-safe.
 */
public final class PythonCallbacks {
  private PythonCallbacks() {}

  /**
   * The function as a Java consumer; call on the interpreter's own thread, where its {@code sys} is
   * the thread's.
   *
   * @param what what the function is for the message when it raises ({@code "on_event callback"})
   */
  public static <T> Consumer<T> bind(PyObject function, String what) {
    Objects.requireNonNull(function, "function");
    Objects.requireNonNull(what, "what");
    if (!function.isCallable()) {
      throw Py.TypeError(
          "the " + what + " must be callable, not " + function.getType().fastGetName());
    }
    PySystemState state = Py.getSystemState();
    return value -> {
      PySystemState previous = Py.setSystemState(state);
      try {
        function.__call__(ScriptValues.toPython(value));
      } catch (PyException e) {
        report(
            state,
            "farmhand: the "
                + what
                + " raised; the next call still comes:\n"
                + PythonTracebacks.format(e));
      } finally {
        Py.setSystemState(previous);
      }
    };
  }

  private static void report(PySystemState state, String text) {
    try {
      state.stderr.invoke("write", Py.newStringOrUnicode(text));
      state.stderr.invoke("flush");
    } catch (PyException e) {
      // stderr itself failed: nothing left to tell
    }
  }
}
