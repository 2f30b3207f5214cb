package dev.farmhand.host.submit;

import dev.farmhand.core.paths.RelativePath;
import dev.farmhand.core.paths.UnsafePathException;
import dev.farmhand.core.submit.JobSpec;
import dev.farmhand.core.sync.LocalDependency;
import dev.farmhand.core.sync.MissingDependency;
import dev.farmhand.host.plugins.PluginManifest;
import dev.farmhand.host.plugins.SceneInfo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The job a scene makes, as its plugin read it: titled by the scene's file name without its ending;
 * the scene at the top of the workspace under its own file name, its dependencies where the scene
 * writes them; the scene's renderer and frames; the first output as the output pattern; the plugin
 * named in the metadata. Missing dependencies are left out: the caller decides about them.
 * Stateless and thread-safe.
 */
public final class SceneJobMapper {
  /** Where a dependency the scene reaches outside its own folder goes in the workspace. */
  public static final String EXTERNAL = "external";

  private SceneJobMapper() {}

  /** The job with the overrides applied, checked. */
  public static JobSpec map(
      Path scene, SceneInfo info, PluginManifest plugin, JobOverrides overrides) {
    return overrides.applyTo(builder(scene, info, plugin)).build();
  }

  /** A builder holding the scene's job, to change further before building. */
  public static JobSpec.Builder builder(Path scene, SceneInfo info, PluginManifest plugin) {
    String fileName = scene.getFileName().toString();
    JobSpec.Builder builder =
        JobSpec.builder()
            .title(title(fileName))
            .scene(fileName)
            .renderer(info.renderer())
            .frames(info.frames())
            .outputPattern(info.outputs().get(0))
            .metadata("plugin", plugin.name())
            .metadata("plugin_version", plugin.version());
    for (LocalDependency file : files(scene, info)) {
      builder.file(file);
    }
    return builder;
  }

  /** The scene's missing dependencies, as a sync reports them, with where each would go. */
  public static List<MissingDependency> missing(SceneInfo info) {
    return info.missing().stream()
        .map(
            dependency ->
                new MissingDependency(
                    new LocalDependency(dependency.file(), workspacePath(dependency)),
                    "does not exist"))
        .toList();
  }

  /** The scene first, then each present dependency once. */
  static List<LocalDependency> files(Path scene, SceneInfo info) {
    List<LocalDependency> files = new ArrayList<>();
    files.add(new LocalDependency(scene, RelativePath.of(scene.getFileName().toString())));
    Set<Path> seen = new HashSet<>();
    seen.add(files.get(0).file());
    for (SceneInfo.Dependency dependency : info.dependencies()) {
      if (!dependency.missing() && seen.add(dependency.file())) {
        files.add(new LocalDependency(dependency.file(), workspacePath(dependency)));
      }
    }
    return files;
  }

  /**
   * Where the scene writes it ({@code textures/floor.png}); a path that leaves the scene's folder
   * ({@code ../shared/floor.png}, or absolute) goes under {@value #EXTERNAL}/ with its full path.
   */
  static RelativePath workspacePath(SceneInfo.Dependency dependency) {
    String text = dependency.relative().replace('\\', '/');
    while (text.startsWith("./")) {
      text = text.substring(2);
    }
    try {
      return RelativePath.of(text);
    } catch (UnsafePathException e) {
      Path file = dependency.file();
      Path withoutRoot = file.getRoot() == null ? file : file.getRoot().relativize(file);
      return RelativePath.of(EXTERNAL + "/" + withoutRoot.toString().replace('\\', '/'));
    }
  }

  private static String title(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }
}
