package dev.farmhand.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmhand.host.plugins.PluginManifestReader;
import dev.farmhand.host.plugins.PythonPlugin;
import dev.farmhand.host.plugins.SceneInfo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Maya plugin on its sample scene: every field, and the host taking it as it is. */
class MayaPluginTest {
  static final Path PROJECT = TestScenes.SAMPLES.resolve("maya");
  static final Path SCENE = PROJECT.resolve("kitchen.ma");

  static SceneReaderOnJython maya;
  static Map<String, Object> kitchen;

  @BeforeAll
  static void readTheSample() {
    maya = new SceneReaderOnJython("maya", "maya_plugin");
    kitchen = maya.read(SCENE);
  }

  @AfterAll
  static void stopPython() {
    maya.close();
  }

  /** The files the sample's nodes name, in the scene's order, as the scene writes them. */
  static List<String> sampleFiles() {
    List<String> files = new ArrayList<>();
    files.add("assets/chair.ma");
    files.add("sourceimages/chair_fabric.png");
    IntStream.rangeClosed(1, 12)
        .forEach(f -> files.add("sourceimages/window_plate/window.%04d.png".formatted(f)));
    files.add("sourceimages/table_wood.png");
    for (int tile : new int[] {1001, 1002, 1011, 1012}) {
      files.add("sourceimages/floor/floor_color." + tile + ".png");
    }
    files.add("sound/kitchen_ambience.wav");
    return files;
  }

  @Test
  void readsTheFrameRangeAtTheScenesTimeUnitAndTheImageSize() {
    assertThat(kitchen.get("frames")).isEqualTo("1-12");
    assertThat(kitchen.get("fps")).isEqualTo(24);
    assertThat(kitchen.get("resolution")).isEqualTo(List.of(1280, 720));
  }

  @Test
  void theFarmRendererIsMayaAndMayasOwnRendererIsArnoldWritingExr() {
    assertThat(kitchen.get("renderer")).isEqualTo("maya");
    assertThat(kitchen.get("engine")).isEqualTo("arnold");
    assertThat(kitchen.get("image_format")).isEqualTo("exr");
  }

  @Test
  void listsEveryCameraByItsTransformAndOnlyTheShotCameraRenders() {
    assertThat(kitchen.get("cameras"))
        .isEqualTo(
            List.of(
                Map.of("name", "persp", "renderable", false),
                Map.of("name", "top", "renderable", false),
                Map.of("name", "front", "renderable", false),
                Map.of("name", "side", "renderable", false),
                Map.of("name", "shotCam", "renderable", true)));
  }

  @Test
  void rendersTheRenderSetupLayersNotTheMasterLayerEachIntoItsOwnFolder() {
    assertThat(kitchen.get("layers")).isEqualTo(List.of("beauty", "shadowMatte"));
    assertThat(kitchen.get("outputs"))
        .isEqualTo(
            List.of("kitchen/beauty/kitchen.####.exr", "kitchen/shadowMatte/kitchen.####.exr"));
  }

  @Test
  void findsTheReferenceItsTextureTheUdimTilesThePlateFramesTheTextureAndTheSound() {
    List<String> expected =
        sampleFiles().stream().map(f -> f + " -> " + PROJECT.resolve(f)).toList();

    assertThat(TestScenes.files(kitchen)).isEqualTo(expected);
    assertThat(TestScenes.notes(kitchen)).isEmpty();
  }

  @Test
  void namesTheNodeAndAttributeThatNameEachFile() {
    assertThat(TestScenes.dependencies(kitchen))
        .extracting(d -> d.get("node"))
        .containsSubsequence(
            "reference",
            "chair_fabric.ftn",
            "imagePlaneShape1.imn",
            "table_wood.ftn",
            "floor_color.ftn",
            "kitchen_ambience.f");
  }

  @Test
  void saysWhichProjectAndPlugInsTheSceneNeedsAndHasNothingToWarnAbout() {
    assertThat(kitchen.get("project")).isEqualTo(PROJECT.toString());
    assertThat(kitchen.get("requires"))
        .isEqualTo(
            List.of(
                Map.of("name", "maya", "version", "2024"),
                Map.of("name", "mtoa", "version", "5.3.4.1"),
                Map.of("name", "stereoCamera", "version", "10.0")));
    assertThat(kitchen.get("file_info"))
        .isEqualTo(
            Map.of(
                "application", "maya",
                "product", "Maya 2024",
                "version", "2024",
                "cutIdentifier", "202310181224-69282f2959",
                "osv",
                    "Linux 6.1.0-13-amd64 #1 SMP PREEMPT_DYNAMIC Debian 6.1.55-1 (2023-09-29)"
                        + " x86_64",
                "UUID", "0A1F3B52-4C6E-11EF-8D2A-6B1C0E9F4A77"));
    assertThat(kitchen.get("warnings")).isEqualTo(List.of());
  }

  @Test
  void theHostTakesTheSampleAsASceneWithEveryFilePresent() throws Exception {
    try (PythonPlugin plugin =
        new PythonPlugin(
            new PluginManifestReader().read(BuiltInPluginsTest.PLUGINS.resolve("maya")))) {
      SceneInfo scene = plugin.readScene(SCENE);

      assertThat(scene.frames()).isEqualTo("1-12");
      assertThat(scene.fps()).isEqualTo(24.0);
      assertThat(scene.resolution()).isEqualTo(new SceneInfo.Resolution(1280, 720));
      assertThat(scene.cameras()).contains(new SceneInfo.Camera("shotCam", true)).hasSize(5);
      assertThat(scene.layers()).containsExactly("beauty", "shadowMatte");
      assertThat(scene.renderer()).isEqualTo("maya");
      assertThat(scene.outputs()).hasSize(2);
      assertThat(scene.dependencies())
          .extracting(SceneInfo.Dependency::relative)
          .isEqualTo(sampleFiles());
      assertThat(scene.missing()).isEmpty();
    }
  }
}
