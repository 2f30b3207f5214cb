package dev.farmhand.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.farmhand.host.plugins.PluginException;
import dev.farmhand.host.plugins.PythonPlugin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenes the Blender plugin refuses, each with the file, the fault and what to do, as the host
 * reports them: real Jython, real Blender, broken variants of the sample that Blender makes once
 * for the class (or, for an empty frame range, which Blender does not let Python make, that a byte
 * of the saved file is changed into).
 */
@Tag("blender")
@Tag("slow")
class BlenderBrokenScenesTest {
  static final Map<String, String> VARIANTS = new LinkedHashMap<>();

  static {
    VARIANTS.put(
        "no_camera.blend",
        """
        for obj in [o for o in bpy.data.objects if o.type == 'CAMERA']:
            bpy.data.objects.remove(obj)
        """);
    VARIANTS.put(
        "no_layer.blend",
        """
        for layer in scene.view_layers:
            layer.use = False
        """);
    VARIANTS.put("step_zero.blend", "scene.frame_step = 0\n");
    VARIANTS.put(
        "range.blend",
        "scene.frame_start, scene.frame_end, scene.frame_current = 4711, 4712, 4711\n");
  }

  @TempDir static Path variants;
  static PythonPlugin plugin;

  @BeforeAll
  static void makeVariantsAndOpenThePlugin() throws Exception {
    BlenderScenes.assumeBlender();
    BlenderScenes.makeVariants(variants, VARIANTS);
    BlenderScenes.patchEndFrame(variants.resolve("range.blend"), 4711, 4712, 4700);
    plugin = new PythonPlugin(BlenderScenes.manifest());
  }

  @AfterAll
  static void closeThePlugin() {
    if (plugin != null) {
      plugin.close();
    }
  }

  /** The first line of the host's error: the plugin, its file and the SceneError's message. */
  static String refusal(Path scene) {
    PluginException e = catchThrowableOfType(PluginException.class, () -> plugin.readScene(scene));
    assertThat(e).as("the error reading %s", scene).isNotNull();
    assertThat(e.sceneFault()).as(e.getMessage()).isTrue();
    return e.getMessage().lines().findFirst().orElseThrow();
  }

  /** That first line for a SceneError with this message about the scene. */
  static String refused(Path scene, String message) {
    return "plugin 'blender' ("
        + BlenderScenes.PLUGIN.resolve("blender_plugin.py")
        + "): read_scene("
        + scene
        + ") raised SceneError: "
        + scene
        + ": "
        + message;
  }

  @Test
  void aSceneWithoutACameraIsRefusedSayingHowToAddOne() {
    Path scene = variants.resolve("no_camera.blend");

    assertThat(refusal(scene))
        .isEqualTo(
            refused(
                scene,
                "has no camera, so Blender cannot render it: add a camera and make it the scene's"
                    + " camera (Scene Properties > Camera)"));
  }

  @Test
  void aSceneWithNoViewLayerToRenderIsRefused() {
    Path scene = variants.resolve("no_layer.blend");

    assertThat(refusal(scene))
        .isEqualTo(
            refused(
                scene,
                "has no view layer that renders: tick Use for Rendering on one (View Layer"
                    + " Properties)"));
  }

  @Test
  void anEmptyFrameRangeIsRefusedWithTheFrameToSet() {
    Path scene = variants.resolve("range.blend");

    assertThat(refusal(scene))
        .isEqualTo(
            refused(
                scene,
                "has an empty frame range: it ends at frame 4700, before it starts at frame 4711:"
                    + " set End to 4711 or later (Output Properties > Frame Range)"));
  }

  @Test
  void aFrameStepOfZeroIsRefused() {
    Path scene = variants.resolve("step_zero.blend");

    assertThat(refusal(scene))
        .isEqualTo(
            refused(
                scene,
                "has a frame step of 0: set Step to 1 or more (Output Properties > Frame Range)"));
  }

  @Test
  void aTruncatedBlendIsRefusedAsCutShortInBlendersWords(@TempDir Path folder) throws Exception {
    byte[] whole = Files.readAllBytes(BlenderScenes.SAMPLE);
    Path scene = Files.write(folder.resolve("cut.blend"), Arrays.copyOf(whole, whole.length / 2));

    assertThat(refusal(scene))
        .isEqualTo(
            refused(
                scene,
                "is cut short or damaged: Blender says \"Failed to read blend file '"
                    + scene
                    + "': Missing DNA block\": save it again from Blender, or copy it again"
                    + " whole"));
  }

  @Test
  void aFileThatBeginsLikeABlendButIsNotOneIsRefusedInBlendersWords(@TempDir Path folder)
      throws Exception {
    Path scene = Files.writeString(folder.resolve("fake.blend"), "BLENDER but nothing more");

    assertThat(refusal(scene))
        .isEqualTo(
            refused(
                scene,
                "Blender cannot read it: Blender says \"Failed to read blend file '"
                    + scene
                    + "', not a blend file\""));
  }
}
