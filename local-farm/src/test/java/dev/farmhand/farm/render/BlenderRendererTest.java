package dev.farmhand.farm.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.farmhand.core.paths.RelativePath;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlenderRendererTest {
  @TempDir Path bin;

  RenderTask task(List<Integer> frames) {
    return new RenderTask(
        Path.of("/farm/jobs/j1"),
        RelativePath.of("shots/shot.blend"),
        frames,
        Path.of("/farm/jobs/j1/out"),
        "renders/shot_####.png");
  }

  @Test
  void rendersInTheBackgroundWithAutoRunOffDenoisingOffAndTheFramesLast() throws Exception {
    BlenderRenderer blender = new BlenderRenderer(FakePrograms.onPath(bin, "blender"));

    assertThat(blender.name()).isEqualTo("blender");
    assertThat(blender.unavailable()).isEmpty();
    assertThat(blender.command(task(List.of(1, 5, 3))))
        .containsExactly(
            bin.resolve("blender").toString(),
            "-b",
            "/farm/jobs/j1/shots/shot.blend",
            "--disable-autoexec",
            "-o",
            "/farm/jobs/j1/out/renders/shot_####.png",
            "-F",
            "PNG",
            "--python-expr",
            BlenderRemap.forWorkspace(Path.of("/farm/jobs/j1")),
            "--python-expr",
            BlenderRenderer.DENOISING_OFF,
            "-f",
            "1,5,3");
  }

  @Test
  void anEngineSetForTheFarmComesBeforeTheOutput() throws Exception {
    BlenderRenderer blender =
        new BlenderRenderer(FakePrograms.onPath(bin, "blender")).withEngine("CYCLES");

    assertThat(blender.command(task(List.of(7))))
        .containsSubsequence("--disable-autoexec", "-E", "CYCLES", "-o")
        .endsWith("-f", "7");
  }

  @Test
  void theOutsidePathsScriptIsToldItsWorkspaceAsAPythonString() {
    assertThat(BlenderRemap.forWorkspace(Path.of("/farm/jobs/j1")))
        .startsWith("WORKSPACE = u'/farm/jobs/j1'\n")
        .contains("remap_all(WORKSPACE)");
    assertThat(BlenderRemap.pythonString("C:\\jobs\\it's \u00e9\n"))
        .isEqualTo("u'C:\\\\jobs\\\\it\\'s \\u00e9\\u000a'");
  }

  @Test
  void denoisingIsTurnedOffInEveryScenesRenderSettingsAndViewLayers() {
    assertThat(BlenderRenderer.DENOISING_OFF)
        .startsWith("import bpy\nfor scene in bpy.data.scenes:\n")
        .contains("cycles.use_denoising = False")
        .contains("layer_cycles.use_denoising = False");
  }

  @Test
  void anEngineNotWrittenAsBlenderNamesItIsRefused() {
    assertThatThrownBy(() -> new BlenderRenderer(SearchPath.of("")).withEngine("cycles"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Blender engine 'cycles' is not an engine name: write it as Blender does, such as"
                + " CYCLES, BLENDER_EEVEE or BLENDER_WORKBENCH");
  }

  @Test
  void negativeFramesAreRefusedBecauseBlenderCountsThemFromTheEnd() throws Exception {
    BlenderRenderer blender = new BlenderRenderer(FakePrograms.onPath(bin, "blender"));

    assertThatThrownBy(() -> blender.command(task(List.of(1, -2))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Blender cannot be told to render frame -2: it reads a negative frame as counted back"
                + " from the end of the scene; renumber the scene's frames from 0 or above");
  }

  @Test
  void withoutBlenderOnThePathItIsUnavailableAndHasNoCommand() {
    BlenderRenderer blender = new BlenderRenderer(SearchPath.of(bin.toString()));

    assertThat(blender.unavailable())
        .hasValue("no worker has Blender: 'blender' is not on the PATH");
    assertThatThrownBy(() -> blender.command(task(List.of(1))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("no worker has Blender: 'blender' is not on the PATH");
  }
}
