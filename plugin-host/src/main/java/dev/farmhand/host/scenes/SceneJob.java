package dev.farmhand.host.scenes;

import dev.farmhand.core.submit.JobSpec;
import dev.farmhand.core.sync.MissingDependenciesException;
import dev.farmhand.core.sync.MissingDependency;
import dev.farmhand.host.plugins.PluginManifest;
import dev.farmhand.host.plugins.SceneInfo;
import dev.farmhand.host.submit.JobOverrides;
import dev.farmhand.host.submit.SceneJobMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A scene as its plugin read it, ready to become a job ({@link SceneJobMapper}). Immutable.
 *
 * @param scene the scene file, absolute
 * @param plugin the plugin that read it
 * @param info what the plugin read
 */
public record SceneJob(Path scene, PluginManifest plugin, SceneInfo info) {
  public SceneJob {
    Objects.requireNonNull(scene, "scene");
    Objects.requireNonNull(plugin, "plugin");
    Objects.requireNonNull(info, "info");
  }

  /** The dependencies the scene reads that are not on this machine, with where each would go. */
  public List<MissingDependency> missing() {
    return SceneJobMapper.missing(info);
  }

  /**
   * The job the scene makes, with the overrides applied and the missing dependencies left out.
   *
   * @param withoutMissing go on when dependencies are missing; otherwise they stop it
   * @throws MissingDependenciesException listing every missing dependency, unless {@code
   *     withoutMissing}
   * @throws dev.farmhand.core.submit.InvalidJobSpecException listing every fault of the job
   */
  public JobSpec spec(JobOverrides overrides, boolean withoutMissing)
      throws MissingDependenciesException {
    List<MissingDependency> missing = missing();
    if (!missing.isEmpty() && !withoutMissing) {
      throw new MissingDependenciesException(missing);
    }
    return SceneJobMapper.map(scene, info, plugin, overrides);
  }
}
