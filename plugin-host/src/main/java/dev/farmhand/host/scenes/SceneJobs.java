package dev.farmhand.host.scenes;

import dev.farmhand.host.plugins.PluginException;
import dev.farmhand.host.plugins.PluginRegistry;
import dev.farmhand.host.plugins.PythonPlugin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Scenes read through their plugins: the plugin is chosen by the scene's file ending ({@link
 * PluginRegistry#forScene}) and reads the scene into a {@link SceneJob}, from which the job is
 * made. The plugins are found on first use (their notices handed to a consumer once) and kept, with
 * their interpreters, until {@link #close()}, so reading many scenes starts each plugin once.
 *
 * <p>Thread-safe: reads run one at a time.
 */
public final class SceneJobs implements AutoCloseable {
  private final Supplier<PluginRegistry> discover;
  private final Consumer<String> notices;
  private PluginRegistry registry;
  private boolean closed;

  /**
   * @param discover finds the plugins, on first use
   * @param notices receives what discovery has to tell (skipped plugins and why)
   */
  public SceneJobs(Supplier<PluginRegistry> discover, Consumer<String> notices) {
    this.discover = Objects.requireNonNull(discover, "discover");
    this.notices = Objects.requireNonNull(notices, "notices");
  }

  /** The plugins of this process ({@link PluginRegistry#discover()}). */
  public static SceneJobs fromEnvironment(Consumer<String> notices) {
    return new SceneJobs(PluginRegistry::discover, notices);
  }

  /**
   * Reads a scene through the plugin for its file ending.
   *
   * @throws IllegalArgumentException if the scene is not a file
   * @throws dev.farmhand.host.plugins.NoPluginForSceneException if no plugin reads its ending
   * @throws PluginException if the plugin fails or refuses the scene, with its traceback
   * @throws IllegalStateException if closed
   */
  public synchronized SceneJob read(Path scene) throws PluginException {
    if (closed) {
      throw new IllegalStateException("the scene readers are closed: open them again");
    }
    Path file = scene.toAbsolutePath().normalize();
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(
          "the scene " + scene + " is not a file: give the path of the scene to render");
    }
    if (registry == null) {
      registry = discover.get();
      registry.notices().forEach(notices);
    }
    PythonPlugin plugin = registry.forScene(file);
    return new SceneJob(file, plugin.manifest(), plugin.readScene(file));
  }

  /** Closes the plugins' interpreters; later reads throw. Idempotent. */
  @Override
  public synchronized void close() {
    closed = true;
    if (registry != null) {
      registry.close();
      registry = null;
    }
  }
}
