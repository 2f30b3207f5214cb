package dev.farmhand.host.scripting;

import dev.farmhand.host.plugins.PythonRuntime;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.python.core.Py;
import org.python.core.PyException;
import org.python.core.PyList;
import org.python.core.PyObject;
import org.python.core.PySystemState;
import org.python.util.PythonInterpreter;

/**
 * Runs a Python file on Jython as {@code farmhand script} does: an interpreter of its own, {@code
 * __name__ == "__main__"}, {@code sys.argv} the file and its arguments, the file's folder first on
 * {@code sys.path} and {@code farmhand} importable (its {@code connect()} served by the session),
 * its output and errors to the writers given. A script that raises exits 1 with its Python
 * traceback on the error writer; {@code sys.exit(n)} exits n. Each run has an interpreter of its
 * own; runs on several threads at once share only the writers.
 */
public final class ScriptRunner {
  private final Writer out;
  private final Writer err;

  /**
   * @param out what the script prints
   * @param err the script's errors and tracebacks
   */
  public ScriptRunner(Writer out, Writer err) {
    this.out = Objects.requireNonNull(out, "out");
    this.err = Objects.requireNonNull(err, "err");
  }

  /**
   * Runs the script to its end.
   *
   * @param file the script; {@code sys.argv[0]} as given
   * @param args the rest of {@code sys.argv}
   * @return the exit code: 0 when it ran to its end, what it gave {@code sys.exit}, 1 when it
   *     raised
   * @throws IOException if the file cannot be read
   */
  public int run(Path file, List<String> args, ScriptSession session) throws IOException {
    Path script = file.toAbsolutePath().normalize();
    PySystemState state = PythonRuntime.newState(script.getParent());
    FarmhandModule.addTo(state);
    PyList argv = new PyList();
    argv.append(Py.newStringOrUnicode(file.toString()));
    args.forEach(arg -> argv.append(Py.newStringOrUnicode(arg)));
    state.argv = argv;
    PySystemState previous = Py.setSystemState(state);
    PythonInterpreter python = new PythonInterpreter(null, state);
    try (InputStream source = Files.newInputStream(script)) {
      python.setOut(out);
      python.setErr(err);
      FarmhandModule.install(state, session);
      python.set("__file__", Py.newStringOrUnicode(script.toString()));
      python.execfile(source, script.toString());
      return 0;
    } catch (PyException e) {
      return failed(e);
    } finally {
      try {
        python.close();
      } finally {
        Py.setSystemState(previous);
        out.flush();
        err.flush();
      }
    }
  }

  private int failed(PyException e) throws IOException {
    out.flush();
    if (e.match(Py.SystemExit)) {
      PyObject value = PythonTracebacks.exitValue(e);
      int code = PythonTracebacks.exitCode(e);
      if (value != Py.None && !(value.__tojava__(Integer.class) instanceof Integer)) {
        err.write(value.__str__().toString() + "\n");
      }
      return code;
    }
    err.write(PythonTracebacks.format(e));
    return 1;
  }
}
