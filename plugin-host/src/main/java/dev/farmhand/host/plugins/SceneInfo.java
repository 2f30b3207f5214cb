package dev.farmhand.host.plugins;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What a plugin read from a scene: what a render of it needs. Immutable; every check names the
 * field ({@code 'fps' must be above 0, not -1}) and throws {@link IllegalArgumentException}.
 *
 * @param frames the scene's frame spec, such as {@code 1-24}
 * @param fps frames per second, above 0
 * @param resolution the image size
 * @param cameras the scene's cameras
 * @param layers the view layers to render
 * @param renderer the farm renderer that renders this scene
 * @param outputs output path patterns relative to the job's output folder; at least one
 * @param dependencies the files the scene reads, the missing ones flagged
 */
public record SceneInfo(
    String frames,
    double fps,
    Resolution resolution,
    List<Camera> cameras,
    List<String> layers,
    String renderer,
    List<String> outputs,
    List<Dependency> dependencies) {
  public SceneInfo {
    frames = text(frames, "frames");
    if (!(fps > 0) || Double.isInfinite(fps)) {
      throw new IllegalArgumentException("'fps' must be above 0, not " + fps);
    }
    Objects.requireNonNull(resolution, "resolution");
    cameras = List.copyOf(Objects.requireNonNull(cameras, "cameras"));
    layers = List.copyOf(Objects.requireNonNull(layers, "layers"));
    layers.forEach(layer -> text(layer, "layers"));
    renderer = text(renderer, "renderer");
    outputs = List.copyOf(Objects.requireNonNull(outputs, "outputs"));
    if (outputs.isEmpty()) {
      throw new IllegalArgumentException("'outputs' must name at least one output pattern");
    }
    outputs.forEach(output -> text(output, "outputs"));
    dependencies = List.copyOf(Objects.requireNonNull(dependencies, "dependencies"));
  }

  /** The dependencies whose files are not on this machine. */
  public List<Dependency> missing() {
    return dependencies.stream().filter(Dependency::missing).toList();
  }

  /** The image size in pixels, each side at least 1. */
  public record Resolution(int width, int height) {
    public Resolution {
      if (width < 1 || height < 1) {
        throw new IllegalArgumentException(
            "'resolution' must be two sizes of 1 or more, not [" + width + ", " + height + "]");
      }
    }

    @Override
    public String toString() {
      return width + "x" + height;
    }
  }

  /** A camera of the scene, and whether it renders. */
  public record Camera(String name, boolean renderable) {
    public Camera {
      name = text(name, "cameras.name");
    }
  }

  /**
   * A file the scene reads.
   *
   * @param file the file on this machine, absolute
   * @param relative the path as the scene writes it, such as {@code textures/floor.png}
   * @param missing whether the file is not there
   */
  public record Dependency(Path file, String relative, boolean missing) {
    public Dependency {
      Objects.requireNonNull(file, "dependencies.path");
      if (!file.isAbsolute()) {
        throw new IllegalArgumentException(
            "'dependencies.path' must be absolute, not '" + file + "'");
      }
      file = file.normalize();
      relative = text(relative, "dependencies.relative");
    }
  }

  private static String text(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("'" + field + "' must be a non-empty string");
    }
    return value.strip();
  }
}
