package dev.farmhand.farm.render;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Renders Farmhand's sample scene format ({@code .fhscene}) with the ray tracer built into the
 * farm, so the demo renders real pictures with nothing installed. It runs as a process of its own,
 * {@link SampleRenderMain} in a new JVM, so a task is ended like any other renderer's. Always
 * available. Immutable; thread-safe.
 */
public final class SampleRenderer implements Renderer {
  /** The name a job asks for. */
  public static final String NAME = "sample";

  private final Path java;
  private final String classPath;

  /** Runs the renderer with this JVM's {@code java} and class path. */
  public SampleRenderer() {
    this(
        Path.of(System.getProperty("java.home"), "bin", "java"),
        System.getProperty("java.class.path"));
  }

  /** Runs the renderer with {@code java} and a class path that holds the farm. */
  public SampleRenderer(Path java, String classPath) {
    this.java = Objects.requireNonNull(java, "java");
    this.classPath = Objects.requireNonNull(classPath, "classPath");
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Optional<String> unavailable() {
    return Optional.empty();
  }

  /**
   * {@code <java> -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp <class path>
   * dev.farmhand.farm.render.SampleRenderMain --scene <workspace>/<scene> --output-dir <outputDir>
   * --output <pattern> --frames <frames, comma separated>}: a small JVM that starts fast.
   *
   * @throws InvalidOutputPatternException if the task's output pattern is not one
   */
  @Override
  public List<String> command(RenderTask task) {
    OutputPattern pattern = OutputPattern.of(task.outputPattern());
    return List.of(
        java.toString(),
        "-XX:+UseSerialGC",
        "-XX:TieredStopAtLevel=1",
        "-cp",
        classPath,
        SampleRenderMain.class.getName(),
        "--scene",
        task.workspace().resolve(task.scene().toString()).toString(),
        "--output-dir",
        task.outputDir().toString(),
        "--output",
        pattern.toString(),
        "--frames",
        task.frames().stream().map(String::valueOf).collect(Collectors.joining(",")));
  }
}
