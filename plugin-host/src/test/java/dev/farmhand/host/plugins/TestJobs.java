package dev.farmhand.host.plugins;

import dev.farmhand.core.paths.RelativePath;
import dev.farmhand.core.submit.JobSpec;
import dev.farmhand.core.sync.LocalDependency;
import java.nio.file.Path;

/** Jobs for tests that need one but not a scene's. */
final class TestJobs {
  private TestJobs() {}

  /** A job titled {@code minimal}: the scene alone, frame 1, renderer {@code r}. */
  static JobSpec minimal(Path scene) {
    String name = scene.getFileName().toString();
    return JobSpec.builder()
        .title("minimal")
        .scene(name)
        .renderer("r")
        .frames("1")
        .file(new LocalDependency(scene, RelativePath.of(name)))
        .build();
  }
}
