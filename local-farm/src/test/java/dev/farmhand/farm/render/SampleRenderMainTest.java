package dev.farmhand.farm.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample renderer's arguments and scene faults, run in this JVM. */
class SampleRenderMainTest {
  static final String TINY =
      """
      {
        "format": "farmhand-scene/1",
        "title": "Tiny",
        "frames": "1-2",
        "resolution": [32, 18],
        "cameras": [{"name": "orbit", "orbit_degrees_per_frame": 90, "distance": 4, "height": 1}],
        "lights": [{"direction": [-0.5, -1.0, -0.3]}],
        "objects": [
          {"type": "plane", "height": 0.0, "color": [0.5, 0.5, 0.5]},
          {"type": "sphere", "center": [0.0, 1.0, 0.0], "radius": 1.0, "color": [0.8, 0.2, 0.2]}
        ]
      }
      """;

  @TempDir Path folder;
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  int run(String... args) {
    return SampleRenderMain.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  int render(String sceneText) throws Exception {
    Path scene = folder.resolve("scene.fhscene");
    Files.writeString(scene, sceneText);
    return run(
        "--scene",
        scene.toString(),
        "--output-dir",
        folder.resolve("out").toString(),
        "--output",
        "f_####.png",
        "--frames",
        "1,2");
  }

  String errors() {
    return err.toString(StandardCharsets.UTF_8);
  }

  Path scene() {
    return folder.resolve("scene.fhscene");
  }

  @Test
  void rendersEachFrameNamedByThePatternWithNothingLeftHalfWritten() throws Exception {
    assertThat(render(TINY)).as(errors()).isZero();

    assertThat(folder.resolve("out")).isDirectoryContaining("glob:**/f_0001.png");
    try (var files = Files.list(folder.resolve("out"))) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .containsExactlyInAnyOrder("f_0001.png", "f_0002.png");
    }
    assertThat(ImageIO.read(folder.resolve("out/f_0002.png").toFile()).getWidth()).isEqualTo(32);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .startsWith("Rendering 'Tiny' (" + scene() + "), 32x18, camera 'orbit', 2 frames")
        .contains("Saved: '" + folder.resolve("out/f_0001.png") + "'");
  }

  @Test
  void argumentsItDoesNotUnderstandExitTwoWithTheUsage() {
    assertThat(run("--scene", "a.fhscene", "--frames")).isEqualTo(2);
    assertThat(errors())
        .isEqualTo("error: --frames needs a value\n" + SampleRenderMain.USAGE + "\n");
  }

  @Test
  void framesThatAreNotNumbersAreQuoted() {
    assertThat(run("--scene", "a", "--output-dir", "o", "--output", "f_#.png", "--frames", "1,x"))
        .isEqualTo(2);
    assertThat(errors())
        .startsWith("error: --frames '1,x' is not a list of frame numbers, such as 1,2,3\n");
  }

  @Test
  void aBadOutputPatternIsRefusedBeforeRendering() {
    assertThat(run("--scene", "a", "--output-dir", "o", "--output", "f.png", "--frames", "1"))
        .isEqualTo(2);
    assertThat(errors())
        .startsWith(
            "error: output pattern 'f.png' has no '#' for the frame number: write it as"
                + " f_####.png\n");
  }

  @Test
  void aSceneThatIsNotJsonNamesTheFileAndTheLine() throws Exception {
    assertThat(render("{\n  \"format\": \"farmhand-scene/1\",\n  oops\n}")).isEqualTo(1);
    assertThat(errors())
        .startsWith("error: " + scene() + ": is not a sample scene (not JSON: Unexpected character")
        .endsWith(" at line 3)\n");
  }

  @Test
  void aMissingSceneIsNamed() {
    Path missing = folder.resolve("gone.fhscene");
    assertThat(
            run(
                "--scene",
                missing.toString(),
                "--output-dir",
                "o",
                "--output",
                "f_#.png",
                "--frames",
                "1"))
        .isEqualTo(1);
    assertThat(errors()).isEqualTo("error: " + missing + ": there is no such file\n");
  }

  @Test
  void anotherFormatIsRefused() throws Exception {
    assertThat(render("{\"format\": \"blend\"}")).isEqualTo(1);
    assertThat(errors())
        .isEqualTo(
            "error: "
                + scene()
                + ": is not a sample scene: its 'format' must be 'farmhand-scene/1'\n");
  }

  @Test
  void aBadFieldIsNamedWithWhatToWriteInstead() throws Exception {
    assertThat(render(TINY.replace("\"radius\": 1.0", "\"radius\": -1"))).isEqualTo(1);
    assertThat(errors())
        .isEqualTo("error: " + scene() + ": 'objects[1].radius' must be above 0, not -1\n");
  }

  @Test
  void aBadResolutionSaysHowToWriteIt() throws Exception {
    assertThat(render(TINY.replace("[32, 18]", "[32]"))).isEqualTo(1);
    assertThat(errors())
        .isEqualTo(
            "error: "
                + scene()
                + ": 'resolution' must be [width, height] in whole pixels from 1 to 8192, such as"
                + " [320, 180]\n");
  }

  @Test
  void aVectorThatIsNotThreeNumbersIsQuoted() throws Exception {
    assertThat(render(TINY.replace("[0.0, 1.0, 0.0]", "[0, 1]"))).isEqualTo(1);
    assertThat(errors())
        .isEqualTo(
            "error: "
                + scene()
                + ": 'objects[1].center' must be three numbers, such as [0.0, 1.0, 0.0], not"
                + " [0,1]\n");
  }

  @Test
  void anUnknownObjectTypeIsNamed() throws Exception {
    assertThat(render(TINY.replace("\"type\": \"sphere\"", "\"type\": \"cube\""))).isEqualTo(1);
    assertThat(errors())
        .isEqualTo(
            "error: " + scene() + ": 'objects[1].type' must be 'sphere' or 'plane', not 'cube'\n");
  }

  @Test
  void aTextureTheSceneDoesNotListIsNamed() throws Exception {
    assertThat(render(TINY.replace("\"color\": [0.5, 0.5, 0.5]", "\"texture\": \"wood\"")))
        .isEqualTo(1);
    assertThat(errors())
        .isEqualTo(
            "error: "
                + scene()
                + ": 'objects[0].texture' is 'wood', which is not in the scene's 'textures' map\n");
  }

  @Test
  void aTexturePathThatLeavesTheScenesFolderIsRefused() throws Exception {
    String scene =
        TINY.replace("\"color\": [0.5, 0.5, 0.5]", "\"texture\": \"wood\"")
            .replace("\"title\"", "\"textures\": {\"wood\": \"../wood.png\"}, \"title\"");
    assertThat(render(scene)).isEqualTo(1);
    assertThat(errors())
        .isEqualTo(
            "error: "
                + scene()
                + ": texture 'wood': path '../wood.png' leaves its folder: '..' is not"
                + " allowed\n");
  }

  @Test
  void noRenderableCameraIsNamed() throws Exception {
    assertThat(
            render(
                TINY.replace(
                    "\"name\": \"orbit\",", "\"name\": \"orbit\", \"renderable\": false,")))
        .isEqualTo(1);
    assertThat(errors())
        .isEqualTo(
            "error: "
                + scene()
                + ": 'cameras' has no renderable camera: set \"renderable\": true on one\n");
  }
}
