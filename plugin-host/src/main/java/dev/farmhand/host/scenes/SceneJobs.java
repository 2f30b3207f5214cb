package dev.farmhand.host.scenes;

import dev.farmhand.core.submit.JobSpec;
import dev.farmhand.core.sync.MissingDependenciesException;
import dev.farmhand.core.sync.MissingDependency;
import dev.farmhand.host.plugins.PluginException;
import dev.farmhand.host.plugins.PluginRegistry;
import dev.farmhand.host.plugins.PluginScene;
import dev.farmhand.host.submit.JobOverrides;
import dev.farmhand.host.submit.PluginJobs;
import dev.farmhand.host.submit.SceneJobMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Scenes read through their plugins, and the jobs they make, for a caller that reads many: the
 * plugins are found on first use (their notices handed on once) and kept, with their interpreters,
 * until {@link #close()}, so each plugin starts once. The plugin is chosen by the scene's file
 * ending; the job is made as {@code farmhand submit} makes it ({@link PluginJobs}: the scene's job,
 * the plugin's {@code build_job}, the user's overrides, the plugin's {@code validate}).
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
  public synchronized PluginScene read(Path scene) throws PluginException {
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
    return registry.forScene(file).read(file);
  }

  /**
   * The job a scene read makes, its missing dependencies left out.
   *
   * @param withoutMissing go on when dependencies are missing; otherwise they stop it
   * @throws MissingDependenciesException listing every missing dependency, unless {@code
   *     withoutMissing}
   * @throws PluginException if the plugin's {@code build_job} or {@code validate} fails
   * @throws IllegalArgumentException for faults of the job, every one named ({@link
   *     dev.farmhand.core.submit.InvalidJobSpecException}, {@link
   *     dev.farmhand.host.plugins.JobProblemsException})
   */
  public synchronized JobSpec job(PluginScene scene, JobOverrides overrides, boolean withoutMissing)
      throws MissingDependenciesException, PluginException {
    List<MissingDependency> missing = SceneJobMapper.missing(scene.info());
    if (!missing.isEmpty() && !withoutMissing) {
      throw new MissingDependenciesException(missing);
    }
    return PluginJobs.make(scene, overrides);
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
