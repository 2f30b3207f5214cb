package dev.farmhand.host.plugins;

import dev.farmhand.core.submit.JobSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.python.core.Py;
import org.python.core.PyDictionary;
import org.python.core.PyException;
import org.python.core.PyObject;
import org.python.core.PySystemState;
import org.python.util.PythonInterpreter;

/**
 * One plugin's Python: an interpreter of its own (its own {@code sys}, modules, globals and
 * builtins, so plugins never see each other), started on first use and reused; its entry module
 * imported once and its functions called directly, never compiled again. It fulfils the adapter
 * contract of {@code docs/plugins.md}: {@code read_scene(path)}, and optionally {@code
 * build_job(scene, overrides)} and {@code validate(job)}. What the plugin prints goes to standard
 * error, so it never mixes with a command's output.
 *
 * <p>A call that raises becomes a {@link PluginException} with the Python traceback, and a result
 * the host cannot use one that names the function and the field; either way the plugin stays usable
 * (a failed load is tried again on the next call). Closed with {@link #close()}; using a closed
 * plugin throws {@link IllegalStateException}.
 *
 * <p>Thread-safe: calls into the same plugin run one at a time.
 */
public final class PythonPlugin implements AutoCloseable {
  /** The function every plugin defines. */
  public static final String READ_SCENE = "read_scene";

  /** The function a plugin may define to shape its jobs. */
  public static final String BUILD_JOB = "build_job";

  /** The function a plugin may define to check a job before it is sent. */
  public static final String VALIDATE = "validate";

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
   * Whether the plugin's entry module defines this function, loading it if need be.
   *
   * @throws PluginException if the module cannot be loaded, or the name is not a function there
   */
  public synchronized boolean defines(String function) throws PluginException {
    return function(function) != null;
  }

  /**
   * Reads a scene through the plugin's {@code read_scene(path)}.
   *
   * @throws PluginException if the plugin cannot be loaded, raises (with its traceback), or returns
   *     something that is not a scene (naming the field)
   * @throws IllegalStateException if the plugin was closed
   */
  public SceneInfo readScene(Path scene) throws PluginException {
    return read(scene).info();
  }

  /**
   * Reads a scene as {@link #readScene} does, keeping the plugin's own result for {@link
   * #buildJob}.
   */
  public synchronized PluginScene read(Path scene) throws PluginException {
    Path file = scene.toAbsolutePath().normalize();
    PyObject code = function(READ_SCENE);
    if (code == null) {
      throw new PluginException(
          name(),
          manifest.entryFile(),
          "it has no function read_scene(path): define it in " + manifest.entry() + ".py");
    }
    return invoke(
        code,
        "read_scene(" + file + ")",
        "a scene",
        value -> new PluginScene(this, file, SceneConverter.convert(value), value),
        Py.newUnicode(file.toString()));
  }

  /**
   * The job fields the plugin's {@code build_job(scene, overrides)} chose, or empty when it defines
   * none (the host's own job then stands). The scene dict is a copy of what {@code read_scene}
   * returned, with {@code path} set to the scene file.
   *
   * @param overrides what the user gave, by the names of the contract, null where nothing was given
   * @throws PluginException if the plugin raises, or returns something that is not a dict of job
   *     fields (naming the field)
   * @throws IllegalArgumentException if another plugin read the scene
   */
  public synchronized Optional<JobChoices> buildJob(PluginScene scene, Map<String, ?> overrides)
      throws PluginException {
    if (scene.plugin() != this) {
      throw new IllegalArgumentException(
          scene.file() + " was read by plugin '" + scene.plugin().name() + "', not " + this);
    }
    PyObject code = function(BUILD_JOB);
    if (code == null) {
      return Optional.empty();
    }
    PyDictionary dict = new PyDictionary();
    for (PyObject key : scene.read().asIterable()) {
      dict.__setitem__(key, scene.read().__getitem__(key));
    }
    dict.__setitem__("path", Py.newUnicode(scene.file().toString()));
    return Optional.of(
        invoke(
            code,
            "build_job for " + scene.file(),
            "a job",
            JobChoicesConverter::convert,
            dict,
            PythonValues.toPython(overrides)));
  }

  /**
   * The problems the plugin's {@code validate(job)} finds with a job, each naming the field and the
   * fix; empty when it finds none or defines no such function.
   *
   * @throws PluginException if the plugin raises, or returns something that is not a list of
   *     problems (naming the item and key)
   */
  public synchronized List<JobProblem> validate(JobSpec job) throws PluginException {
    PyObject code = function(VALIDATE);
    if (code == null) {
      return List.of();
    }
    return invoke(
        code,
        "validate for the job '" + job.title() + "'",
        "a result",
        ProblemConverter::convert,
        JobDict.of(job));
  }

  /** Calls into the plugin's own interpreter and reads the result there. */
  private <T> T invoke(
      PyObject code, String during, String what, Function<PyObject, T> read, PyObject... arguments)
      throws PluginException {
    PySystemState previous = Py.setSystemState(python.getSystemState());
    try {
      PyObject result;
      try {
        result = code.__call__(arguments);
      } catch (PyException e) {
        throw raised(during, e);
      }
      try {
        return read.apply(result);
      } catch (IllegalArgumentException e) {
        throw new PluginException(
            name(),
            manifest.entryFile(),
            during + " returned " + what + " the host cannot use: " + e.getMessage());
      } catch (PyException e) {
        throw raised("reading what " + during + " returned", e);
      }
    } finally {
      Py.setSystemState(previous);
    }
  }

  /** The module's function of that name, or null when it has none. */
  private PyObject function(String function) throws PluginException {
    if (closed) {
      throw new IllegalStateException("plugin '" + name() + "' is closed: open the plugins again");
    }
    if (module == null) {
      load();
    }
    PyObject code = module.__findattr__(function);
    if (code != null && !code.isCallable()) {
      throw new PluginException(
          name(),
          manifest.entryFile(),
          "'"
              + function
              + "' in "
              + manifest.entry()
              + ".py is a "
              + PythonValues.type(code)
              + ", not a function: define it with def "
              + function);
    }
    return code;
  }

  private void load() throws PluginException {
    // Making an interpreter binds its state to this thread: give the caller's back after, so a
    // script that reads a scene keeps its own sys (and stdout).
    // Jython's settings first (newState): asking for the thread's state earlier would start Jython
    // with its defaults.
    PySystemState state = PythonRuntime.forPlugin(manifest.folder());
    PySystemState previous = Py.getSystemState();
    PythonInterpreter interpreter = new PythonInterpreter(null, state);
    interpreter.setOut(System.err);
    try {
      interpreter.exec("import " + manifest.entry());
      module = interpreter.get(manifest.entry());
      python = interpreter;
    } catch (PyException e) {
      interpreter.close();
      throw raised("loading " + manifest.entry() + ".py", e);
    } finally {
      Py.setSystemState(previous);
    }
  }

  private PluginException raised(String during, PyException e) {
    e.normalize();
    PyObject typeName = e.type.__findattr__("__name__");
    String type = typeName == null ? e.type.toString() : typeName.toString();
    String value;
    try {
      value = e.value == null ? "" : e.value.__str__().toString();
    } catch (PyException unprintable) {
      value = "(its message cannot be shown: " + unprintable.type + ")";
    }
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
