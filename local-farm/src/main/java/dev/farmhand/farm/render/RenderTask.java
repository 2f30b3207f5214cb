package dev.farmhand.farm.render;

import dev.farmhand.core.paths.RelativePath;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What a renderer needs to render one task. Immutable.
 *
 * @param workspace the job's workspace on the shared disk, with its dependencies laid out
 * @param scene the scene file, relative to the workspace
 * @param frames the frames to render, in order
 * @param outputDir where the frames go
 * @param outputPattern the frames' names relative to {@code outputDir}, with {@code ####} for the
 *     zero-padded frame number: {@code renders/turntable_####.png}
 */
public record RenderTask(
    Path workspace,
    RelativePath scene,
    List<Integer> frames,
    Path outputDir,
    String outputPattern) {
  public RenderTask {
    Objects.requireNonNull(workspace, "workspace");
    Objects.requireNonNull(scene, "scene");
    frames = List.copyOf(frames);
    if (frames.isEmpty()) {
      throw new IllegalArgumentException("a render task needs at least one frame");
    }
    Objects.requireNonNull(outputDir, "outputDir");
    Objects.requireNonNull(outputPattern, "outputPattern");
  }
}
