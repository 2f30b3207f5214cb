package dev.farmhand.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmhand.host.plugins.PluginManifestReader;
import dev.farmhand.host.plugins.PythonPlugin;
import dev.farmhand.host.plugins.SceneInfo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Nuke plugin on its sample script: every field, and the host taking it as it is. */
class NukePluginTest {
  static final Path FOLDER = TestScenes.SAMPLES.resolve("nuke");
  static final Path SCRIPT = FOLDER.resolve("sh010_comp.nk");

  static SceneReaderOnJython nuke;
  static Map<String, Object> comp;

  @BeforeAll
  static void readTheSample() {
    nuke = new SceneReaderOnJython("nuke", "nuke_plugin");
    comp = nuke.read(SCRIPT);
  }

  @AfterAll
  static void stopPython() {
    nuke.close();
  }

  /** The files the sample's Read nodes read, in the script's order. */
  static List<String> sampleFiles() {
    List<String> files = new ArrayList<>();
    for (int frame = 1001; frame <= 1012; frame++) {
      files.add("plates/sh010_plate." + frame + ".png");
    }
    for (int frame = 1001; frame <= 1006; frame++) {
      files.add("elements/smoke." + frame + ".png");
    }
    files.add("elements/grain.png");
    files.add("elements/studio_logo.png");
    return files;
  }

  @Test
  void readsRootsFrameRangeRateAndFormat() {
    assertThat(comp.get("frames")).isEqualTo("1001-1012");
    assertThat(comp.get("fps")).isEqualTo(24);
    assertThat(comp.get("resolution")).isEqualTo(List.of(1920, 1080));
  }

  @Test
  void theRendererIsNukeWhichRendersWriteNodesNotCameras() {
    assertThat(comp.get("renderer")).isEqualTo("nuke");
    assertThat(comp.get("cameras")).isEqualTo(List.of());
  }

  @Test
  void theEnabledWriteIsTheLayerAndItsFileTheOutputTheDisabledOneIsLeftOut() {
    assertThat(comp.get("layers")).isEqualTo(List.of("Write_comp"));
    assertThat(comp.get("outputs")).isEqualTo(List.of("renders/sh010_comp.####.exr"));
  }

  @Test
  void readsEveryFrameOfEachReadOverItsOwnRangeAndTheReadsInsideTheGroup() {
    List<String> expected =
        sampleFiles().stream().map(f -> f + " -> " + FOLDER.resolve(f)).toList();

    assertThat(TestScenes.files(comp)).isEqualTo(expected);
    assertThat(TestScenes.notes(comp)).isEmpty();
    assertThat(TestScenes.dependencies(comp))
        .extracting(d -> d.get("node"))
        .containsSubsequence("Read_plate", "Read_smoke", "Read_grain", "Read_logo");
  }

  @Test
  void saysTheViewsProjectFolderAndVersionAndHasNothingToWarnAbout() {
    assertThat(comp.get("views")).isEqualTo(List.of("main"));
    assertThat(comp.get("project")).isEqualTo(FOLDER.toString());
    assertThat(comp.get("version")).isEqualTo("14.0 v5");
    assertThat(comp.get("warnings")).isEqualTo(List.of());
  }

  @Test
  void theHostTakesTheSampleAsASceneWithEveryFilePresent() throws Exception {
    try (PythonPlugin plugin =
        new PythonPlugin(
            new PluginManifestReader().read(BuiltInPluginsTest.PLUGINS.resolve("nuke")))) {
      SceneInfo scene = plugin.readScene(SCRIPT);

      assertThat(scene.frames()).isEqualTo("1001-1012");
      assertThat(scene.fps()).isEqualTo(24.0);
      assertThat(scene.resolution()).isEqualTo(new SceneInfo.Resolution(1920, 1080));
      assertThat(scene.cameras()).isEmpty();
      assertThat(scene.layers()).containsExactly("Write_comp");
      assertThat(scene.renderer()).isEqualTo("nuke");
      assertThat(scene.outputs()).containsExactly("renders/sh010_comp.####.exr");
      assertThat(scene.dependencies())
          .extracting(SceneInfo.Dependency::relative)
          .isEqualTo(sampleFiles());
      assertThat(scene.missing()).isEmpty();
    }
  }
}
