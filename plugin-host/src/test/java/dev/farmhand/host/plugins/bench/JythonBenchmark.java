package dev.farmhand.host.plugins.bench;

import dev.farmhand.host.plugins.PluginManifest;
import dev.farmhand.host.plugins.PluginManifestReader;
import dev.farmhand.host.plugins.PythonPlugin;
import dev.farmhand.host.plugins.PythonRuntime;
import dev.farmhand.host.plugins.SceneInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.python.core.Py;
import org.python.core.PyObject;
import org.python.core.PySystemState;
import org.python.util.PythonInterpreter;

/**
 * What Jython costs the plugin host, against the same work in plain Java in the same run: the cold
 * start (the first interpreter, loading the sample plugin, its first {@code read_scene}) against
 * reading the same scene with Jackson for the first time in the JVM; a second interpreter; and warm
 * calls ({@code read_scene} again, and a trivial function) per call, best of alternating rounds,
 * against their Java equivalents. Every Jython result is checked against Java's. Run from the
 * repository's root: {@code JythonBenchmark [ITERATIONS] [ROUNDS]}, by default 2000 read_scene
 * calls (and 100 times as many trivial calls) in each of 5 rounds; 0 iterations measures the cold
 * start alone.
 */
public final class JythonBenchmark {
  private static final Path SAMPLE = Path.of("plugins", "sample");
  private static final Path SCENE = Path.of("samples", "scenes", "turntable", "turntable.fhscene");

  private static volatile Object sink;

  private JythonBenchmark() {}

  public static void main(String[] args) throws Exception {
    int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    if (!Files.isDirectory(SAMPLE) || !Files.isRegularFile(SCENE)) {
      throw new IllegalStateException(
          "run this from the repository's root, where " + SAMPLE + " and " + SCENE + " are");
    }
    Path scene = SCENE.toAbsolutePath();
    boolean cacheOn = "false".equals(System.getProperty("python.cachedir.skip"));
    boolean cacheThere = Files.isDirectory(PythonRuntime.cacheFolder().resolve("packages"));
    System.out.printf(
        "Jython %s on Java %s; the sample plugin reading %s; Jython's package cache %s%n",
        PySystemState.version.toString().split(" ")[0],
        System.getProperty("java.version"),
        SCENE.getFileName(),
        !cacheOn
            ? "off"
            : (cacheThere ? "on, reused from " : "on, made in this run in ")
                + PythonRuntime.cacheFolder());

    System.out.println("cold start, once per JVM:");
    long start = System.nanoTime();
    JavaSceneReader java = new JavaSceneReader();
    SceneInfo expected = java.read(scene);
    long javaCold = System.nanoTime() - start;
    row("plain Java: Jackson and a SceneInfo, first read", javaCold, javaCold);

    PluginManifest manifest = new PluginManifestReader().read(SAMPLE);
    start = System.nanoTime();
    PythonInterpreter first = new PythonInterpreter(null, PythonRuntime.newState(SAMPLE));
    long firstInterpreter = System.nanoTime() - start;
    first.close();
    try (PythonPlugin sample = new PythonPlugin(manifest);
        PythonPlugin again = new PythonPlugin(manifest)) {
      start = System.nanoTime();
      sample.defines(PythonPlugin.READ_SCENE);
      long loaded = System.nanoTime() - start;
      start = System.nanoTime();
      check(expected, sample.readScene(scene));
      long firstRead = System.nanoTime() - start;
      row("Jython: first interpreter (initializes Jython)", firstInterpreter, -1);
      row("        sample plugin loaded (own interpreter)", loaded, -1);
      row("        first read_scene", firstRead, -1);
      row("        together", firstInterpreter + loaded + firstRead, javaCold);

      start = System.nanoTime();
      PythonInterpreter bare = new PythonInterpreter(null, PythonRuntime.newState(SAMPLE));
      long secondInterpreter = System.nanoTime() - start;
      bare.close();
      start = System.nanoTime();
      check(expected, again.readScene(scene));
      long secondPlugin = System.nanoTime() - start;
      row("a second interpreter", secondInterpreter, -1);
      row("a second plugin: loaded and first read_scene", secondPlugin, -1);

      if (iterations > 0) {
        warm(sample, java, scene, expected, iterations, rounds);
      }
    }
  }

  private static void warm(
      PythonPlugin sample,
      JavaSceneReader java,
      Path scene,
      SceneInfo expected,
      int iterations,
      int rounds)
      throws Exception {
    int trivialCalls = iterations * 100;
    PythonInterpreter python = new PythonInterpreter(null, PythonRuntime.newState(SAMPLE));
    python.exec("def trivial(x):\n    return x\n");
    PyObject trivial = python.get("trivial");
    PyObject argument = Py.newInteger(7);
    UnaryOperator<Object> identity = x -> x;
    Object javaArgument = 7;
    // warm both sides up before timing
    for (int i = 0; i < iterations; i++) {
      check(expected, sample.readScene(scene));
      check(expected, java.read(scene));
    }
    long pyRead = Long.MAX_VALUE;
    long javaRead = Long.MAX_VALUE;
    long pyTrivial = Long.MAX_VALUE;
    long javaTrivial = Long.MAX_VALUE;
    long exec = Long.MAX_VALUE;
    for (int round = 0; round < rounds; round++) {
      long start = System.nanoTime();
      for (int i = 0; i < iterations; i++) {
        sink = sample.readScene(scene);
      }
      pyRead = Math.min(pyRead, System.nanoTime() - start);
      start = System.nanoTime();
      for (int i = 0; i < iterations; i++) {
        sink = java.read(scene);
      }
      javaRead = Math.min(javaRead, System.nanoTime() - start);
      pyTrivial = Math.min(pyTrivial, calls(trivial, argument, trivialCalls));
      start = System.nanoTime();
      for (int i = 0; i < trivialCalls; i++) {
        sink = identity.apply(javaArgument);
      }
      javaTrivial = Math.min(javaTrivial, System.nanoTime() - start);
      PySystemState previous = Py.setSystemState(python.getSystemState());
      try {
        start = System.nanoTime();
        for (int i = 0; i < iterations; i++) {
          python.exec("trivial(7)");
        }
        exec = Math.min(exec, System.nanoTime() - start);
      } finally {
        Py.setSystemState(previous);
      }
    }
    python.close();
    System.out.printf(
        "warm, per call, best of %d rounds of %d read_scene and %d trivial calls:%n",
        rounds, iterations, trivialCalls);
    double javaReadEach = javaRead / (double) iterations;
    double javaTrivialEach = javaTrivial / (double) trivialCalls;
    double pyTrivialEach = pyTrivial / (double) trivialCalls;
    perCall("plain Java: read the scene with Jackson", javaReadEach, javaReadEach, "plain Java");
    perCall(
        "Jython: read_scene through the host",
        pyRead / (double) iterations,
        javaReadEach,
        "plain Java");
    perCall("plain Java: trivial call, x -> x", javaTrivialEach, javaTrivialEach, "plain Java");
    perCall("Jython: trivial call, compiled once", pyTrivialEach, javaTrivialEach, "plain Java");
    perCall(
        "Jython: the same by exec(String) each time",
        exec / (double) iterations,
        pyTrivialEach,
        "compiled once");
  }

  private static long calls(PyObject function, PyObject argument, int count) {
    long start = System.nanoTime();
    for (int i = 0; i < count; i++) {
      sink = function.__call__(argument);
    }
    return System.nanoTime() - start;
  }

  private static void check(SceneInfo expected, SceneInfo actual) {
    if (!expected.equals(actual)) {
      throw new IllegalStateException("Jython read " + actual + ", plain Java " + expected);
    }
  }

  /** A one-off time, and its ratio to the reference when one is given. */
  private static void row(String what, long nanos, long reference) {
    System.out.printf(
        "  %-48s %9.1f ms%s%n",
        what,
        nanos / 1e6,
        reference < 0 ? "" : String.format("  %7.1f x plain Java", (double) nanos / reference));
  }

  /** A time per call, and its ratio to the reference's. */
  private static void perCall(String what, double nanos, double reference, String referenceName) {
    System.out.printf(
        "  %-48s %11.3f µs  %9.1f x %s%n", what, nanos / 1e3, nanos / reference, referenceName);
  }
}
