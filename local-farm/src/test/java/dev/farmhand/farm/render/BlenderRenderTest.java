package dev.farmhand.farm.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.farmhand.core.paths.RelativePath;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Renders with a real Blender, on a worker that has one; skipped elsewhere. */
@Tag("blender")
class BlenderRenderTest {
  @TempDir Path workspace;

  @Test
  @Timeout(120)
  void rendersOneFrameOfATinyCyclesSceneWithItsFactoryDenoisingOn() throws Exception {
    SearchPath path = SearchPath.ofEnvironment();
    assumeTrue(path.find("blender").isPresent(), "Blender is not on the PATH");
    Path scene = workspace.resolve("tiny.blend");
    String makeScene =
        String.join(
            "\n",
            "import bpy",
            "scene = bpy.context.scene",
            "scene.render.engine = 'CYCLES'",
            "scene.cycles.samples = 4",
            "scene.cycles.use_denoising = True",
            "scene.render.resolution_x = 48",
            "scene.render.resolution_y = 32",
            "scene.render.resolution_percentage = 100",
            "bpy.ops.wm.save_as_mainfile(filepath=r'" + scene + "')");
    TaskProcess making =
        TaskProcess.start(
            List.of(
                path.find("blender").orElseThrow().toString(),
                "-b",
                "--factory-startup",
                "--python-expr",
                makeScene),
            workspace,
            workspace.resolve("make.log"),
            "making the scene",
            Duration.ofSeconds(3));
    assumeTrue(making.waitFor() == 0 && Files.isRegularFile(scene), "Blender made no scene");
    RenderTask task =
        new RenderTask(
            workspace,
            RelativePath.of("tiny.blend"),
            List.of(1),
            workspace.resolve("out"),
            "renders/tiny_####.png");

    TaskProcess render =
        TaskProcess.start(new BlenderRenderer(path), task, workspace.resolve("task.log"), 1);

    assertThat(render.waitFor()).as(Files.readString(render.log())).isZero();
    Path frame = workspace.resolve("out/renders/tiny_0001.png");
    BufferedImage image = ImageIO.read(frame.toFile());
    assertThat(image.getWidth()).isEqualTo(48);
    assertThat(image.getHeight()).isEqualTo(32);
    assertThat(Files.readString(render.log())).contains("Saved: '" + frame + "'");
  }
}
