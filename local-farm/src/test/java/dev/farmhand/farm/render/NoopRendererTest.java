package dev.farmhand.farm.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.farmhand.core.paths.RelativePath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoopRendererTest {
  @TempDir Path workspace;

  @Test
  void runsARealProcessThatExitsZeroAndWritesNoFrame() throws Exception {
    NoopRenderer noop = new NoopRenderer(SearchPath.ofEnvironment());
    RenderTask task =
        new RenderTask(
            workspace,
            RelativePath.of("scene.fhscene"),
            List.of(1, 2),
            workspace.resolve("out"),
            "f_####.png");

    assertThat(noop.name()).isEqualTo("noop");
    assertThat(noop.unavailable()).isEmpty();
    assertThat(noop.command(task)).hasSize(1).first().asString().endsWith("/true");
    TaskProcess process = TaskProcess.start(noop, task, workspace.resolve("logs/noop.log"), 1);
    assertThat(process.waitFor()).isZero();
    try (Stream<Path> files = Files.walk(workspace)) {
      assertThat(files.filter(Files::isRegularFile))
          .containsExactly(workspace.resolve("logs/noop.log"));
    }
  }

  @Test
  void withoutTrueOnThePathItIsUnavailable() {
    NoopRenderer noop = new NoopRenderer(SearchPath.of(""));

    assertThat(noop.unavailable()).hasValue("no worker has 'true': it is not on the PATH");
    assertThatThrownBy(
            () ->
                noop.command(
                    new RenderTask(
                        workspace, RelativePath.of("s"), List.of(1), workspace, "f_#.png")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("no worker has 'true': it is not on the PATH");
  }
}
