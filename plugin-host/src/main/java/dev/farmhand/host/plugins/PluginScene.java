package dev.farmhand.host.plugins;

import java.nio.file.Path;
import java.util.Objects;
import org.python.core.PyObject;

/**
 * A scene as a plugin read it: the file, what the host understood of it ({@link #info()}), and the
 * plugin's own dict, which goes back to the same plugin's {@code build_job} with every key the
 * plugin put in it. Made by {@link PythonPlugin#read(Path)}; immutable from Java.
 */
public final class PluginScene {
  private final PythonPlugin plugin;
  private final Path file;
  private final SceneInfo info;
  private final PyObject read;

  PluginScene(PythonPlugin plugin, Path file, SceneInfo info, PyObject read) {
    this.plugin = Objects.requireNonNull(plugin, "plugin");
    this.file = Objects.requireNonNull(file, "file");
    this.info = Objects.requireNonNull(info, "info");
    this.read = Objects.requireNonNull(read, "read");
  }

  /** The plugin that read the scene. */
  public PythonPlugin plugin() {
    return plugin;
  }

  /** The scene file, absolute and normalized. */
  public Path file() {
    return file;
  }

  /** What the scene needs, checked. */
  public SceneInfo info() {
    return info;
  }

  /** The dict read_scene returned, as it returned it; only the plugin's own interpreter uses it. */
  PyObject read() {
    return read;
  }

  @Override
  public String toString() {
    return "PluginScene[" + file + ", read by " + plugin.name() + "]";
  }
}
